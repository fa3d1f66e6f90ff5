#include "script_indicators.h"

#include <QCoreApplication>

#include <algorithm>

namespace mph::app {

namespace {

struct IndicatorText {
    Q_DECLARE_TR_FUNCTIONS(IndicatorText)
};

// A source as the analyst reads it: the file ("pkg/_hooks.py") or the layer and the file it was decoded in.
QString placeLabel(const SourcePlace &place) {
    return place.layer == 0 ? place.shortPath
                            : IndicatorText::tr("layer %1 in %2").arg(place.layer).arg(place.shortPath);
}

void note(std::vector<FoundIndicator> &found, FoundIndicator::Kind kind, const std::string &value,
          const QString &place) {
    const QString text = fromBytes(value);
    for (FoundIndicator &f : found) {
        if (f.kind != kind || f.value != text) continue;
        if (!f.places.contains(place)) f.places.append(place);
        return;
    }
    found.push_back({kind, text, {place}});
}

} // namespace

ScriptIndicators scriptIndicators(const ScanResult &scan, std::uint32_t entry, const std::vector<QByteArray> &texts) {
    ScriptIndicators result;
    if (entry >= scan.scripts.size()) return result;
    const ScriptEntry &script = scan.scripts[entry];
    const std::vector<SourcePlace> places = sourcePlaces(scan, entry);
    for (std::size_t k = 0; k < places.size(); ++k) {
        const std::string_view text = k < texts.size() && !texts[k].isEmpty()
                                          ? std::string_view(texts[k].constData(), texts[k].size())
                                          : scan.sourceText(script, static_cast<std::uint32_t>(k));
        if (text.empty()) continue;
        const Indicators here = collectIndicators(text);
        if (here.empty()) continue;
        const QString place = placeLabel(places[k]);
        for (const std::string &url : here.urls)
            note(result.found, FoundIndicator::Kind::Url, url, place);
        for (const std::string &domain : here.domains)
            note(result.found, FoundIndicator::Kind::Domain, domain, place);
        for (const std::string &ip : here.ipAddresses)
            note(result.found, FoundIndicator::Kind::IpAddress, ip, place);
        mergeIndicators(result.all, here);
    }
    // Grouped by kind, each group in first-seen order.
    std::stable_sort(result.found.begin(), result.found.end(),
                     [](const FoundIndicator &a, const FoundIndicator &b) { return a.kind < b.kind; });
    return result;
}

QString indicatorKindLabel(FoundIndicator::Kind kind) {
    switch (kind) {
    case FoundIndicator::Kind::Url:
        return IndicatorText::tr("URL");
    case FoundIndicator::Kind::Domain:
        return IndicatorText::tr("domain");
    case FoundIndicator::Kind::IpAddress:
        return IndicatorText::tr("IP address");
    }
    return {};
}

} // namespace mph::app
