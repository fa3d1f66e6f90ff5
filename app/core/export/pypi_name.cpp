#include "pypi_name.h"

#include <QUrl>

namespace mph::app {

QString normalizePypiName(const QString &name) {
    QString out;
    out.reserve(name.size());
    bool inSeparatorRun = false;
    for (const QChar c : name.trimmed()) {
        if (c == u'-' || c == u'_' || c == u'.') {
            if (!inSeparatorRun) out.append(u'-');
            inSeparatorRun = true;
        } else {
            out.append(c.toLower());
            inSeparatorRun = false;
        }
    }
    return out;
}

QString pypiPurl(const QString &name) {
    // A normalised name holds only what PyPI allows ([a-z0-9-]); percent-encode anything else defensively.
    return QStringLiteral("pkg:pypi/") + QString::fromLatin1(QUrl::toPercentEncoding(normalizePypiName(name), "-"));
}

QString pypiReleaseUrl(const QString &name, const QString &version) {
    const QString project = QString::fromLatin1(QUrl::toPercentEncoding(normalizePypiName(name), "-"));
    if (version.isEmpty()) return QStringLiteral("https://pypi.org/project/%1/").arg(project);
    return QStringLiteral("https://pypi.org/project/%1/%2/")
        .arg(project, QString::fromLatin1(QUrl::toPercentEncoding(version, ".-_+!")));
}

} // namespace mph::app
