import { ImageResponse } from "next/og";

export const dynamic = "force-static";
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// The same mark as app/icon.svg, as the PNG that iOS asks for.
export default function AppleIcon() {
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
    size,
  );
}
