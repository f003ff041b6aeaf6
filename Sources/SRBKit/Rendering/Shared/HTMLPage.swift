/// The shell every HTML output shares: one self-contained page (no external
/// reference: no URL, font or script), UTF-8, printable on A4 landscape, in
/// a font that carries Vietnamese (Noto Sans, else Arial) and with its colours
/// kept in print.
enum HTMLPage {
    /// A whole page around `body`; `style` adds the renderer's own rules to the shared ones.
    static func document(title: String, language: Language, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(title))</title>
        <style>
        body { font-family: "Noto Sans", Arial, sans-serif; margin: 2em; color: #111; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        @page { size: A4 landscape; margin: 12mm; }
        \(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Rules for the inline SVG charts: scaled to the page, never split across printed pages.
    static let chartStyle = """
    figure { margin: 1.5em 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { max-width: 60em; font-size: 90%; color: #333; }
    svg.chart { max-width: 100%; height: auto; }
    .small-multiples { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; }
    @media print { body { margin: 0; } figure { margin: 0.8em 0; } }
    """
}
