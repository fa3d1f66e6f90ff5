#pragma once
// The one monospace font of code (issue 13): the code views and the reports show obfuscated identifiers such as
// `O0O0OO` and `l1lI1l`, so the font must tell O from 0 and l from 1 and I. Hack (Debian package fonts-hack, a
// dependency of the .deb) does at 8-10 pt: a bold oval dot in a narrow zero beside a wider O, a tailed l, a flagged
// 1 and a serifed I. JetBrains Mono is the fallback (its zero's dot is small and its O has the zero's outline, so at
// small sizes the two blur), then DejaVu Sans Mono (its 1 and l blur) and the system's fixed font.
#include <QFont>
#include <QString>
#include <QStringList>

namespace mph::app {

// The preferred families, best first.
QStringList codeFontFamilies();
// The font for code at `pointSize` (<= 0: the system fixed font's size), with the families above as fallbacks.
QFont codeFont(qreal pointSize = 0);
// The same list for CSS: "'Hack', 'JetBrains Mono', 'DejaVu Sans Mono', monospace".
QString codeFontCss();

} // namespace mph::app
