// The report's style sheet, once: the command line's file holds it in a
// <style> element, the extension's page adopts it as a constructed sheet (no
// inline style in an extension page). A4 on paper; cards are never cut across
// pages; severity and status read from marks and words, not from colour alone.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #111; font: 11pt/1.4 system-ui, "DejaVu Sans", Arial, sans-serif; }
.report { max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
.report h1 { font-size: 18pt; margin: 0 0 2mm; overflow-wrap: anywhere; }
.report h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #111; break-after: avoid; }
.report h3 { font-size: 12pt; margin: 3mm 0 1mm; break-after: avoid; }
.report p { margin: 0 0 1mm; }
.report code, .report-mono { font-family: "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.report-head p { color: #333; }
.report-disclaimer { border: 1pt solid #111; padding: 2mm 3mm; margin-top: 2mm; font-weight: 600; }
.report-card, .report-finding, .report-check, .report-deadline { break-inside: avoid; page-break-inside: avoid; }
.report-card { border: 1pt solid #555; border-radius: 2mm; padding: 3mm 4mm; margin: 3mm 0; }
.report-facts { display: grid; grid-template-columns: minmax(30mm, max-content) 1fr; gap: 0.5mm 4mm; margin: 1mm 0; }
.report-facts dt { font-weight: 600; }
.report-facts dd { margin: 0; overflow-wrap: anywhere; }
.report-people, .report-list, .report-checklist { list-style: none; padding: 0; margin: 0; }
.report-people > li { margin: 2mm 0; }
.report-list > li { border-left: 1.5mm solid #999; padding: 1mm 0 1mm 3mm; margin: 2mm 0; }
.report-error { border-left-color: #111 !important; }
.report-warning { border-left-style: double !important; border-left-color: #444 !important; }
.report-info { border-left-style: dotted !important; }
.report-meta { font-size: 9pt; color: #333; overflow-wrap: anywhere; }
.report-check { display: flex; gap: 3mm; align-items: flex-start; margin: 1.5mm 0; }
.report-box { flex: none; display: inline-block; width: 4.5mm; height: 4.5mm; border: 1pt solid #111; text-align: center; line-height: 4.5mm; font-size: 9pt; }
.report-check-problem .report-status { font-weight: 700; }
.report-pay { display: flex; flex-wrap: wrap; gap: 4mm; align-items: flex-start; }
.report-pay > dl { display: block; flex: 1 1 80mm; min-width: 0; }
.report-pay dd { margin: 0 0 1.5mm; font-size: 12pt; }
.report-qr-figure { margin: 0; width: 50mm; text-align: center; font-size: 8pt; }
.report-qr { display: block; width: 50mm; height: 50mm; }
.report-deadline-done { color: #333; }
.report-actions { max-width: 180mm; margin: 0 auto; padding: 4mm 0 0; display: flex; gap: 3mm; flex-wrap: wrap; }
.report-actions button, .report-actions a { font: inherit; padding: 2mm 4mm; border: 1pt solid #111; border-radius: 1.5mm; background: #fff; color: #111; cursor: pointer; text-decoration: none; }
.report-actions button:focus-visible, .report-actions a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media screen and (max-width: 190mm) { .report, .report-actions { padding-left: 4mm; padding-right: 4mm; } }
@page { size: A4; margin: 14mm 15mm; }
@media print {
  .report { max-width: none; padding: 0; }
  .report-actions { display: none; }
  a { color: inherit; }
}
`;
