#include "embedding/tfidf.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace mph {
namespace {

std::uint64_t pairKey(std::uint32_t first, std::uint32_t second) {
    return (std::uint64_t(first) << 32) | std::uint64_t(second);
}

// Token ids in byte order of the token names, so that feature ids do not depend on the order of the documents.
struct Vocabulary {
    std::vector<std::string_view> names;          // sorted
    std::vector<std::vector<std::uint32_t>> docs; // each document as unigram ids
};

Vocabulary tokenize(const std::vector<Document> &documents) {
    std::unordered_map<std::string_view, std::uint32_t> firstSeen;
    std::vector<std::string_view> seenOrder;
    Vocabulary vocabulary;
    vocabulary.docs.resize(documents.size());
    for (std::size_t d = 0; d < documents.size(); ++d) {
        auto &ids = vocabulary.docs[d];
        ids.reserve(documents[d].size());
        for (const std::string &token : documents[d]) {
            auto [it, inserted] = firstSeen.try_emplace(token, std::uint32_t(seenOrder.size()));
            if (inserted) seenOrder.push_back(token);
            ids.push_back(it->second);
        }
    }
    std::vector<std::uint32_t> order(seenOrder.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return seenOrder[a] < seenOrder[b]; });
    std::vector<std::uint32_t> rank(order.size());
    vocabulary.names.resize(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        vocabulary.names[r] = seenOrder[order[r]];
    }
    for (auto &ids : vocabulary.docs)
        for (auto &id : ids)
            id = rank[id];
    return vocabulary;
}

} // namespace

TfidfMatrix buildTfidf(const std::vector<Document> &documents, bool bigrams, int minDocumentFrequency) {
    const Vocabulary vocabulary = tokenize(documents);
    const std::size_t unigramCount = vocabulary.names.size();

    // Per document: sorted (key, count) of its features. Unigram keys are the ids; bigram keys are offset pairs.
    // Bigram keys (first + 1) << 32 | second never collide with unigram ids (< 2^32).
    std::vector<std::vector<std::pair<std::uint64_t, int>>> counts(documents.size());
    std::unordered_map<std::uint64_t, int> bigramFrequency;
    std::vector<int> unigramFrequency(unigramCount, 0);
    std::vector<std::uint64_t> keys;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const auto &ids = vocabulary.docs[d];
        keys.assign(ids.begin(), ids.end());
        if (bigrams)
            for (std::size_t i = 1; i < ids.size(); ++i)
                keys.push_back(pairKey(ids[i - 1] + 1, ids[i]));
        std::sort(keys.begin(), keys.end());
        auto &docCounts = counts[d];
        for (std::size_t i = 0; i < keys.size();) {
            std::size_t j = i;
            while (j < keys.size() && keys[j] == keys[i])
                ++j;
            docCounts.emplace_back(keys[i], int(j - i));
            if (keys[i] < unigramCount)
                ++unigramFrequency[keys[i]];
            else
                ++bigramFrequency[keys[i]];
            i = j;
        }
    }

    // Feature ids: kept unigrams in name order, then kept bigrams in (first, second) order (= key order).
    TfidfMatrix result;
    const int minDf = std::max(1, minDocumentFrequency);
    std::unordered_map<std::uint64_t, int> column;
    for (std::size_t u = 0; u < unigramCount; ++u) {
        if (unigramFrequency[u] < minDf) continue;
        column.emplace(u, int(result.features.size()));
        result.features.emplace_back(vocabulary.names[u]);
        result.documentFrequency.push_back(unigramFrequency[u]);
    }
    std::vector<std::pair<std::uint64_t, int>> bigramList(bigramFrequency.begin(), bigramFrequency.end());
    std::sort(bigramList.begin(), bigramList.end());
    for (const auto &[key, df] : bigramList) {
        if (df < minDf) continue;
        column.emplace(key, int(result.features.size()));
        const auto first = std::size_t(key >> 32) - 1, second = std::size_t(key & 0xffffffffu);
        std::string name(vocabulary.names[first]);
        name += ' ';
        name += vocabulary.names[second];
        result.features.push_back(std::move(name));
        result.documentFrequency.push_back(df);
    }

    const double n = double(documents.size());
    result.idf.resize(result.features.size());
    for (std::size_t f = 0; f < result.features.size(); ++f)
        result.idf[f] = float(std::log((1.0 + n) / (1.0 + result.documentFrequency[f])) + 1.0);

    // Rows: columns ascend within each document because key order and column order agree.
    result.rows.resize(Eigen::Index(documents.size()), Eigen::Index(result.features.size()));
    std::size_t nonZeros = 0;
    for (const auto &docCounts : counts)
        nonZeros += docCounts.size();
    result.rows.reserve(Eigen::Index(nonZeros));
    std::vector<std::pair<int, double>> entries;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        entries.clear();
        double norm = 0;
        for (const auto &[key, count] : counts[d]) {
            const auto it = column.find(key);
            if (it == column.end()) continue;
            const double value = (1.0 + std::log(double(count))) * result.idf[std::size_t(it->second)];
            entries.emplace_back(it->second, value);
            norm += value * value;
        }
        result.rows.startVec(Eigen::Index(d));
        const double scale = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
        for (const auto &[col, value] : entries)
            result.rows.insertBack(Eigen::Index(d), col) = float(value * scale);
    }
    result.rows.finalize();
    return result;
}

} // namespace mph
