#include "code_font.h"

#include <QFontDatabase>

namespace mph::app {

QStringList codeFontFamilies() {
    return {QStringLiteral("Hack"), QStringLiteral("JetBrains Mono"), QStringLiteral("DejaVu Sans Mono")};
}

QFont codeFont(qreal pointSize) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal size = pointSize > 0 ? pointSize : font.pointSizeF();
    QStringList families = codeFontFamilies();
    families.append(font.families().isEmpty() ? QStringList{font.family()} : font.families());
    font.setFamilies(families);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    if (size > 0) font.setPointSizeF(size);
    return font;
}

QString codeFontCss() {
    QStringList quoted;
    for (const QString &family : codeFontFamilies())
        quoted.append(QStringLiteral("'%1'").arg(family));
    quoted.append(QStringLiteral("monospace"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace mph::app
