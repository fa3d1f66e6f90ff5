#include "ranking/score_formula.h"

#include <cstdio>

namespace mph {

namespace {

std::string fixed(double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

// A weight as the options hold it: 0.2, 0.05.
std::string weight(double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string joined(const std::vector<std::string> &items, const char *separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? separator : "") + items[i];
    return out;
}

} // namespace

ScoreFormula scoreFormula(RankingMethod method, bool withKnown, const ScoreInputs &in, const RankingOptions &weights) {
    ScoreFormula f;
    f.method = method;
    f.withKnown = withKnown;
    const char *dot = " \u00b7 ";
    std::vector<std::string> worked;
    if (in.size == 0) {
        f.formula = "0 (no API calls)";
        f.parts = {0.0};
        f.worked = "0";
        return f;
    }
    if (method == RankingMethod::Contrastive && withKnown) {
        const double w = weights.neighbourhoodWeight, we = weights.evidenceWeight, wc = weights.knownCapabilityWeight;
        f.terms = {{ScoreTermId::DK, "d_k", in.dNeighbourhood},
                   {ScoreTermId::DNB, "d_nb", in.dNearestBackground},
                   {ScoreTermId::DM, "d_m", in.dM},
                   {ScoreTermId::Evidence, "evidence", in.evidence},
                   {ScoreTermId::Capability, "capability", in.capability}};
        f.formula = weight(w) + dot + "d_k/2 + " + weight(1 - w) + dot + "(d_nb \u2212 d_m + 2)/4 + " + weight(we) +
                    dot + "evidence + " + weight(wc) + dot + "capability";
        f.parts = {w * in.dNeighbourhood / 2, (1 - w) * (in.dNearestBackground - in.dM + 2) / 4, we * in.evidence,
                   wc * in.capability};
        worked = {weight(w) + dot + fixed(in.dNeighbourhood) + "/2",
                  weight(1 - w) + dot + "(" + fixed(in.dNearestBackground) + " \u2212 " + fixed(in.dM) + " + 2)/4",
                  weight(we) + dot + fixed(in.evidence), weight(wc) + dot + fixed(in.capability)};
    } else if (method == RankingMethod::Contrastive) {
        const double wr = weights.rarityWeight, wc = weights.capabilityWeight;
        f.terms = {{ScoreTermId::DK, "d_k", in.dNeighbourhood},
                   {ScoreTermId::Rarity, "rarity", in.rarity},
                   {ScoreTermId::Capability, "capability", in.capability}};
        f.formula = "d_k/2 + " + weight(wr) + dot + "rarity + " + weight(wc) + dot + "capability";
        f.parts = {in.dNeighbourhood / 2, wr * in.rarity, wc * in.capability};
        worked = {fixed(in.dNeighbourhood) + "/2", weight(wr) + dot + fixed(in.rarity),
                  weight(wc) + dot + fixed(in.capability)};
    } else if (withKnown) {
        f.terms = {{ScoreTermId::DB, "d_b", in.dB}, {ScoreTermId::DM, "d_m", in.dM}, {ScoreTermId::WB, "W_b", in.wB}};
        f.formula = std::string("W_b") + dot + "d_b/2 + (1 \u2212 W_b)" + dot + "(2 \u2212 d_m)/2";
        f.parts = {in.wB * in.dB / 2, (1 - in.wB) * (2 - in.dM) / 2};
        worked = {fixed(in.wB) + dot + fixed(in.dB) + "/2",
                  "(1 \u2212 " + fixed(in.wB) + ")" + dot + "(2 \u2212 " + fixed(in.dM) + ")/2"};
    } else {
        f.terms = {{ScoreTermId::DB, "d_b", in.dB}};
        f.formula = "d_b/2";
        f.parts = {in.dB / 2};
        worked = {fixed(in.dB) + "/2"};
    }
    std::vector<std::string> parts;
    double sum = 0;
    for (double part : f.parts) {
        parts.push_back(fixed(part));
        sum += part;
    }
    f.worked = joined(worked, " + ") + " = ";
    if (parts.size() > 1) f.worked += joined(parts, " + ") + " = ";
    f.worked += fixed(sum);
    return f;
}

} // namespace mph
