/// The shell every HTML output shares: one self-contained page (no external
/// reference: no URL, font or script), UTF-8, printable on A4 landscape.
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
        body { font-family: sans-serif; margin: 2em; color: #111; }
        @page { size: A4 landscape; margin: 12mm; }
        \(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
