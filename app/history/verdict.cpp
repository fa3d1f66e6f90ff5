#include "verdict.h"

#include <QCoreApplication>

#include <array>

namespace mph::app {

namespace {
constexpr std::array kKeys{"undecided", "benign", "suspicious", "malicious"};
}

QString verdictKey(Verdict verdict) {
    return QString::fromLatin1(kKeys[static_cast<std::size_t>(verdict)]);
}

std::optional<Verdict> parseVerdict(const QString &key) {
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        if (key == QLatin1String(kKeys[i])) return static_cast<Verdict>(i);
    return std::nullopt;
}

QString verdictLabel(Verdict verdict) {
    switch (verdict) {
    case Verdict::Undecided:
        return QCoreApplication::translate("Verdict", "Undecided");
    case Verdict::Benign:
        return QCoreApplication::translate("Verdict", "Benign");
    case Verdict::Suspicious:
        return QCoreApplication::translate("Verdict", "Suspicious");
    case Verdict::Malicious:
        return QCoreApplication::translate("Verdict", "Malicious");
    }
    return {};
}

} // namespace mph::app
