// The static export's search, the one script the export ships (only /zoeken loads it). A static host serves
// /zoeken?q=… as the plain /zoeken page; this reads q, searches Pagefind's index in the browser, and writes the
// results as the server's results page does (app/_components/SearchResults.tsx), in the same Dutch
// (lib/outputs/search-text.ts hands its sentences to the page). Without JavaScript the page says how to search
// instead.
const root = document.getElementById("zoekresultaten");
const text = JSON.parse(root.dataset.searchText);
const perPage = 10;
const params = new URLSearchParams(location.search);
const query = (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
const page = /^[1-9]\d{0,5}$/.test(params.get("pagina") ?? "") ? Number(params.get("pagina")) : 1;
const status = root.querySelector("[role=status]");

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.filter((child) => child !== undefined));
  return node;
}

// Pagefind's excerpt is text with <mark> around the words found and < > escaped: it is read as text, never as HTML.
function excerpt(html) {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => {
      const marked = part.startsWith("<mark>");
      const plain = (marked ? part.slice(6, -7) : part).replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      return marked ? element("mark", {}, plain) : plain;
    });
}

// lib/outputs/search-lead.ts, the same in the browser: does the excerpt repeat six words of the lead in a row?
function repeatsLead(lead, excerptText) {
  const wordsOf = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const leadWords = wordsOf(lead);
  const excerptWords = wordsOf(excerptText);
  const size = Math.min(6, leadWords.length);
  if (size === 0) return false;
  const runs = new Set(excerptWords.map((_, index) => excerptWords.slice(index, index + size).join(" ")));
  return leadWords.some(
    (_, index) => index + size <= leadWords.length && runs.has(leadWords.slice(index, index + size).join(" ")),
  );
}

function hit(data) {
  const { title = "", author = "", date = "", dateText = "", lead = "" } = data.meta;
  const parts = excerpt(data.excerpt);
  return element(
    "li",
    {},
    element(
      "article",
      {},
      element("h2", { class: "post-list-title" }, element("a", { href: data.raw_url ?? data.url }, title)),
      element(
        "p",
        { class: "post-meta" },
        element("span", {}, `Door ${author}`),
        date ? element("time", { datetime: date }, dateText) : undefined,
      ),
      repeatsLead(lead, parts.map((part) => part.textContent ?? part).join(""))
        ? undefined
        : element("p", { class: "lead" }, lead),
      element("p", { class: "excerpt" }, ...parts),
    ),
  );
}

function pagination(pageCount) {
  if (pageCount <= 1) return undefined;
  const link = (n, rel, label) => {
    const target = new URLSearchParams({ q: query });
    if (n > 1) target.set("pagina", String(n));
    return element("a", { href: `${location.pathname}?${target}`, rel }, label);
  };
  return element(
    "nav",
    { class: "pagination", "aria-label": "Paginering" },
    page > 1 ? link(page - 1, "prev", text.previous) : undefined,
    element("span", {}, `Pagina ${page} van ${pageCount}`),
    page < pageCount ? link(page + 1, "next", text.next) : undefined,
  );
}

function statusText(total, pageCount) {
  const found = total === 0 ? text.none : total === 1 ? text.one : text.many;
  const onPage = pageCount > 1 ? ` ${text.page}` : "";
  return fill(found + onPage, { q: query, n: total.toLocaleString("nl-NL"), page, pages: pageCount });
}

async function search() {
  for (const field of document.querySelectorAll("input[name=q]")) if (field.closest("main")) field.value = query;
  document.title = document.title.replace(/^Zoeken/, fill(text.title, { q: query }));
  status.textContent = fill(text.searching, { q: query });
  try {
    const pagefind = await import(`${root.dataset.searchIndex}pagefind.js`);
    const instance = pagefind.createInstance({ basePath: root.dataset.searchIndex, noWorker: true });
    const results = (await instance.search(query))?.results ?? [];
    const pageCount = Math.max(1, Math.ceil(results.length / perPage));
    const shown = await Promise.all(results.slice((page - 1) * perPage, page * perPage).map((result) => result.data()));
    const list = shown.length > 0 ? element("ol", { class: "post-list" }, ...shown.map(hit)) : undefined;
    const pastLast = results.length > 0 && shown.length === 0 ? element("p", {}, text.pastLast) : undefined;
    root.append(...[pastLast, list, pagination(pageCount)].filter(Boolean));
    status.textContent = statusText(results.length, pageCount);
  } catch (error) {
    status.textContent = text.failed;
    console.error(error);
  }
}

if (query) search();
