#pragma once

#include "util/Result.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace rullering {

// QTextDocument::print() with a running head: lays a copy of the document out on the device's pages the same way
// (2 cm margins in screen pixels, which the layout scales to the device) and prints each page with head at the top
// (the board report's title and scope: a page read alone still says what it counts) and pageOf ("Page %1 of %2")
// at the foot.
Status printPages(const QTextDocument& doc, QPagedPaintDevice& device, const QString& head, const QString& pageOf);

} // namespace rullering
