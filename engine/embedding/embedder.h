#pragma once
// From API-call sequences to vectors (design 2.4). One document per unique call sequence; each embedder fits on the
// documents it is given (the corpus at hand) and returns one L2-normalised row per document.
#include <Eigen/Core>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mph {

// One document = one unique API-call sequence, as token names in order.
using Document = std::vector<std::string>;

class Embedder { // a second (learned) embedder can implement this later
  public:
    virtual ~Embedder() = default;
    virtual std::string_view name() const = 0;
    // Fits on all documents and returns one L2-normalised row per document (documents x dimensions).
    // An empty document gives a zero row.
    virtual Eigen::MatrixXf fitTransform(const std::vector<Document> &documents) = 0;
};

struct TfidfSvdOptions {
    int dimensions = 128;         // columns after the truncated SVD (fewer when the data has fewer; see below)
    bool bigrams = true;          // add consecutive pairs "a b" (order matters) to the unigrams
    int minDocumentFrequency = 1; // drop features seen in fewer documents
    unsigned seed = 42;           // of the randomised SVD's test matrix
    int powerIterations = 3;      // subspace iterations of the randomised SVD (Halko et al. 2011, alg. 4.4)
    int oversampling = 10;        // extra columns of the randomised range finder
};

// TF-IDF (sublinear tf, smooth idf, L2 rows) over unigrams and bigrams, then a seeded randomised truncated SVD,
// rows L2-normalised again. When dimensions >= min(documents, features) no SVD is needed: the rows are an exact
// isometric representation of the TF-IDF rows with min(documents, features) columns (cosines preserved exactly).
std::unique_ptr<Embedder> makeTfidfSvdEmbedder(const TfidfSvdOptions &options = {});

} // namespace mph
