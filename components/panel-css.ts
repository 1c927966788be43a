/** Styles of the badge and panel, injected into their own shadow root (no page CSS leaks in or out). */
export const PANEL_CSS = `
:host{all:initial}
.pc{position:fixed;top:0;left:0;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--chip:#f6f8fa}
.pc.dark{color:#e6edf3;--bg:#161b22;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--chip:#21262d}
.pc[hidden]{display:none}
.badge{all:unset;box-sizing:border-box;min-width:22px;height:22px;padding:0 6px;border-radius:11px;display:inline-flex;align-items:center;justify-content:center;font:600 12px/1 system-ui,sans-serif;cursor:pointer;background:#1a7f37;color:#fff;box-shadow:0 1px 3px rgba(0,0,0,.3);position:relative}
.badge:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.badge.error{background:#d93025}.badge.warning{background:#b7791f}.badge.info{background:#1a73e8}
.badge.ask::after{content:"?";position:absolute;top:-5px;right:-5px;width:12px;height:12px;border-radius:6px;background:#6e40c9;color:#fff;font:700 9px/12px system-ui,sans-serif;text-align:center}
.panel{position:absolute;right:0;top:28px;width:min(360px,calc(100vw - 16px));max-height:min(60vh,460px);overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.25);padding:10px 12px;box-sizing:border-box}
.panel.above{top:auto;bottom:28px}
.panel.left{right:auto;left:0}
.panel.beside{right:auto;left:32px;top:0}
.panel.beside.above{top:auto;bottom:0}
.head{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.head h2{font-size:14px;margin:0;flex:1}
.mode{display:flex;align-items:center;flex-wrap:wrap;gap:6px;padding:6px 8px;margin:0 0 8px;border-radius:6px;background:var(--chip);color:var(--muted)}
.mode strong{color:var(--fg)}
button.act{all:unset;cursor:pointer;padding:2px 8px;border:1px solid var(--line);border-radius:6px;color:var(--fg);background:var(--bg);font:12px/1.6 system-ui,sans-serif}
button.act:hover{border-color:var(--muted)}
button.act.primary{background:#0969da;border-color:#0969da;color:#fff}
button.act:focus-visible,button.quote:focus-visible{outline:2px solid #0969da;outline-offset:1px}
button.close{all:unset;cursor:pointer;font-size:16px;line-height:1;padding:2px 6px;color:var(--muted)}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid var(--line);padding:8px 0}
li:first-child{border-top:0}
.sev{display:inline-block;width:8px;height:8px;border-radius:4px;margin-right:6px;background:#1a73e8}
li.error .sev{background:#d93025}li.warning .sev{background:#e8a200}
button.quote{all:unset;cursor:pointer;font-weight:600;word-break:break-word}
button.quote:hover{text-decoration:underline}
.msg{margin:4px 0}
.source{margin:2px 0;color:var(--muted);font-size:12px}
.suggestion{margin:4px 0;font-size:12px}
.replace{font-family:ui-monospace,monospace;background:var(--chip);padding:0 3px;border-radius:3px}
.actions{display:flex;gap:6px;margin-top:6px;align-items:center}
.status{color:var(--muted);font-size:12px;margin:4px 0}
.empty{color:var(--muted);margin:4px 0}
`;
