extension QRCode {
    /// The code as an inline SVG element: one path of dark modules on white, with the standard four-module quiet
    /// zone, `millimetres` wide.
    public func svg(millimetres: Int = 32, label: String) -> String {
        let side = size + 8
        var path = ""
        for row in 0..<size {
            for column in 0..<size where modules[row][column] {
                path += "M\(column + 4) \(row + 4)h1v1h-1z"
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(millimetres)mm\" "
            + "height=\"\(millimetres)mm\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
