#pragma once
// The TF-IDF matrix of a set of call sequences, before any reduction. Exposed for the explanation of rankings and for
// tests; the embedder is the usual entry point.
#include "embedding/embedder.h"

#include <Eigen/SparseCore>

#include <string>
#include <vector>

namespace mph {

using SparseRowMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor, int>;

struct TfidfMatrix {
    // Feature names: all unigrams in byte order, then all bigrams "a b" ordered by (first, second) unigram.
    // The order depends only on the set of features, not on the order of the documents.
    std::vector<std::string> features;
    std::vector<int> documentFrequency; // per feature
    std::vector<float> idf;             // per feature: ln((1 + n) / (1 + df)) + 1
    SparseRowMatrix rows;               // documents x features, each row L2-normalised (empty documents: zero rows)
};

// tf = 1 + ln(count) (sublinear), idf smooth as above, rows L2-normalised.
TfidfMatrix buildTfidf(const std::vector<Document> &documents, bool bigrams = true, int minDocumentFrequency = 1);

} // namespace mph
