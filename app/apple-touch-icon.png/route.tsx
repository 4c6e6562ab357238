import { ImageResponse } from "next/og";

export const dynamic = "force-static";

// The same mark as public/icon.svg, as the 180 × 180 PNG that iOS asks for.
export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#8a3b12",
        color: "#fdfbf7",
        fontSize: 96,
        fontWeight: 700,
      }}
    >
      PB
    </div>,
    { width: 180, height: 180 },
  );
}
