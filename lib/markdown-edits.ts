import { EditMap, type Change } from "micromark-util-edit-map";

type Events = Parameters<EditMap["consume"]>[0];

// micromark 4.0.3 applies a batch of edits to its events by copying every event, also those before the first edit.
// Its document tokenizer does so for each new list item and each setext heading, so a column with a few thousand
// list items took minutes: time quadratic in its length (4,000 nested items: 71 s here; with this, 1.3 s). This
// applies the same edits in the same order from the first edited event on, which is linear in what follows it.
// Imported for this effect by lib/markdown.ts, before anything is parsed; the same module instance micromark uses.
EditMap.prototype.consume = function consume(this: EditMap, events: Events): undefined {
  const changes: Change[] = this.map.sort((a, b) => a[0] - b[0]);
  if (changes.length === 0) return;
  const first = changes[0][0];
  const rest: Events = [];
  let at = first;
  for (const [index, remove, add] of changes) {
    for (; at < index; at++) rest.push(events[at]);
    for (const event of add) rest.push(event);
    at = index + remove;
  }
  for (; at < events.length; at++) rest.push(events[at]);
  events.length = first;
  for (const event of rest) events.push(event);
  this.map.length = 0;
  this.index.clear();
};
