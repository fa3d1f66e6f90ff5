#include "clustering/cluster_tree.h"

#include <algorithm>
#include <deque>

namespace mph {
namespace {

struct Merge {
    int left = 0, right = 0; // node ids: points < n, merges n + i
    float distance = 0;
    int size = 0;
};

int findRoot(std::vector<int> &parent, int i) {
    int root = i;
    while (parent[std::size_t(root)] != root)
        root = parent[std::size_t(root)];
    while (parent[std::size_t(i)] != root) {
        const int next = parent[std::size_t(i)];
        parent[std::size_t(i)] = root;
        i = next;
    }
    return root;
}

// Single linkage from the tree's edges in increasing weight: merge i joins the components of its edge's endpoints
// (left = the first endpoint's), as scipy's linkage format and hdbscan's label() do.
std::vector<Merge> singleLinkage(int n, std::vector<MstEdge> &edges) {
    std::sort(edges.begin(), edges.end(), [](const MstEdge &x, const MstEdge &y) {
        if (x.weight != y.weight) return x.weight < y.weight;
        if (std::min(x.a, x.b) != std::min(y.a, y.b)) return std::min(x.a, x.b) < std::min(y.a, y.b);
        return std::max(x.a, x.b) < std::max(y.a, y.b);
    });
    std::vector<int> parent(std::size_t(2 * n - 1)), size(std::size_t(2 * n - 1), 1);
    for (std::size_t i = 0; i < parent.size(); ++i)
        parent[i] = int(i);
    std::vector<Merge> merges;
    merges.reserve(edges.size());
    for (const MstEdge &edge : edges) {
        const int a = findRoot(parent, edge.a), b = findRoot(parent, edge.b);
        const int node = n + int(merges.size());
        merges.push_back({a, b, edge.weight, size[std::size_t(a)] + size[std::size_t(b)]});
        parent[std::size_t(a)] = parent[std::size_t(b)] = node;
        size[std::size_t(node)] = size[std::size_t(a)] + size[std::size_t(b)];
    }
    return merges;
}

double lambdaOf(float distance) {
    return 1.0 / double(std::max(distance, kDistanceEpsilon));
}

// hdbscan's condense_tree, with ties made canonical: merges at the same distance that touch each other form one
// multi-way split (Campello et al.'s level-wise hierarchy), so the result does not depend on how equal weights were
// ordered. Walking from the root breadth-first, a split into two or more parts of at least minClusterSize makes a
// new cluster of each such part; with one such part, it continues the current cluster; the small parts' points fall
// out of the current cluster.
std::vector<CondensedRow> condense(int n, const std::vector<Merge> &merges, int minClusterSize, int &clusterIdEnd) {
    const int root = 2 * n - 2;
    auto sizeOf = [&](int node) { return node < n ? 1 : merges[std::size_t(node - n)].size; };
    std::vector<int> smallestPoint(std::size_t(2 * n - 1));
    for (int node = 0; node < 2 * n - 1; ++node)
        smallestPoint[std::size_t(node)] =
            node < n ? node
                     : std::min(smallestPoint[std::size_t(merges[std::size_t(node - n)].left)],
                                smallestPoint[std::size_t(merges[std::size_t(node - n)].right)]);
    // The parts a node splits into: its children, expanding children merged at the very same distance.
    auto parts = [&](int node) {
        std::vector<int> result, pending{merges[std::size_t(node - n)].right, merges[std::size_t(node - n)].left};
        const float distance = merges[std::size_t(node - n)].distance;
        while (!pending.empty()) {
            const int child = pending.back();
            pending.pop_back();
            if (child >= n && merges[std::size_t(child - n)].distance == distance) {
                pending.push_back(merges[std::size_t(child - n)].right);
                pending.push_back(merges[std::size_t(child - n)].left);
            } else {
                result.push_back(child);
            }
        }
        std::sort(result.begin(), result.end(),
                  [&](int a, int b) { return smallestPoint[std::size_t(a)] < smallestPoint[std::size_t(b)]; });
        return result;
    };
    std::vector<CondensedRow> rows;
    std::vector<int> stack;
    auto fallOut = [&](int subtree, int cluster, double lambda) {
        stack.assign(1, subtree);
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            if (node < n) {
                rows.push_back({cluster, node, lambda, 1});
            } else {
                stack.push_back(merges[std::size_t(node - n)].right);
                stack.push_back(merges[std::size_t(node - n)].left);
            }
        }
    };
    // Queue of (dendrogram node, condensed cluster it belongs to).
    std::deque<std::pair<int, int>> queue{{root, n}};
    int nextLabel = n + 1;
    while (!queue.empty()) {
        const auto [node, cluster] = queue.front();
        queue.pop_front();
        if (node < n) { // a cluster that ends as a single point (only with minClusterSize <= 1; kept for safety)
            rows.push_back({cluster, node, lambdaOf(0), 1});
            continue;
        }
        const double lambda = lambdaOf(merges[std::size_t(node - n)].distance);
        const std::vector<int> children = parts(node);
        int big = 0;
        for (int child : children)
            big += sizeOf(child) >= minClusterSize;
        for (int child : children) {
            if (sizeOf(child) < minClusterSize) {
                fallOut(child, cluster, lambda);
            } else if (big == 1) {
                if (child < n)
                    rows.push_back({cluster, child, lambda, 1});
                else
                    queue.emplace_back(child, cluster);
            } else {
                const int label = nextLabel++;
                rows.push_back({cluster, label, lambda, sizeOf(child)});
                if (child < n)
                    rows.push_back({label, child, lambda, 1});
                else
                    queue.emplace_back(child, label);
            }
        }
    }
    clusterIdEnd = nextLabel;
    return rows;
}

} // namespace

ClusterTree clusterTreeFromMst(int pointCount, std::vector<MstEdge> edges, int minClusterSize) {
    ClusterTree result;
    const int n = std::max(0, pointCount);
    result.labels.assign(std::size_t(n), -1);
    result.outlierScores.assign(std::size_t(n), 0.0f);
    if (n < 2 || int(edges.size()) != n - 1) return result;
    const int minSize = std::max(2, minClusterSize);

    const std::vector<Merge> merges = singleLinkage(n, edges);
    int clusterIdEnd = n + 1;
    result.condensed = condense(n, merges, minSize, clusterIdEnd);
    const std::size_t clusters = std::size_t(clusterIdEnd - n);

    // Stability (excess of mass): sum over a cluster's rows of (lambda - lambda_birth) * size.
    std::vector<double> birth(clusters, 0.0), deaths(clusters, 0.0);
    std::vector<int> parentOf(clusters, -1), pointCluster(std::size_t(n), n);
    std::vector<double> pointLambda(std::size_t(n), 0.0);
    std::vector<std::vector<int>> children(clusters);
    for (const CondensedRow &row : result.condensed) {
        if (row.child >= n) {
            birth[std::size_t(row.child - n)] = row.lambda;
            parentOf[std::size_t(row.child - n)] = row.parent;
            children[std::size_t(row.parent - n)].push_back(row.child);
        } else {
            pointCluster[std::size_t(row.child)] = row.parent;
            pointLambda[std::size_t(row.child)] = row.lambda;
        }
        deaths[std::size_t(row.parent - n)] = std::max(deaths[std::size_t(row.parent - n)], row.lambda);
    }
    result.stability.assign(clusters, 0.0);
    for (const CondensedRow &row : result.condensed)
        result.stability[std::size_t(row.parent - n)] +=
            (row.lambda - birth[std::size_t(row.parent - n)]) * row.childSize;

    // Excess-of-mass selection, children before parents (ids grow downwards), the root never selected.
    result.selected.assign(clusters, true);
    result.selected[0] = false;
    std::vector<double> value = result.stability;
    std::vector<int> stack;
    for (std::size_t c = clusters; c-- > 1;) {
        double subtree = 0;
        for (int child : children[c])
            subtree += value[std::size_t(child - n)];
        if (subtree > value[c]) {
            result.selected[c] = false;
            value[c] = subtree;
        } else {
            stack.assign(children[c].begin(), children[c].end());
            while (!stack.empty()) {
                const int d = stack.back() - n;
                stack.pop_back();
                result.selected[std::size_t(d)] = false;
                stack.insert(stack.end(), children[std::size_t(d)].begin(), children[std::size_t(d)].end());
            }
        }
    }

    // A point belongs to the nearest selected cluster among the cluster it fell out of and that cluster's ancestors.
    std::vector<int> selectedAncestor(clusters, -1);
    for (std::size_t c = 1; c < clusters; ++c)
        selectedAncestor[c] = result.selected[c] ? int(c) : selectedAncestor[std::size_t(parentOf[c] - n)];
    std::vector<int> number(clusters, -1);
    for (int p = 0; p < n; ++p) {
        const int c = selectedAncestor[std::size_t(pointCluster[std::size_t(p)] - n)];
        if (c < 0) continue;
        if (number[std::size_t(c)] < 0) number[std::size_t(c)] = result.clusterCount++;
        result.labels[std::size_t(p)] = number[std::size_t(c)];
    }

    // GLOSH: (lambda_max - lambda_p) / lambda_max, lambda_max over the whole subtree of the cluster p fell out of.
    for (std::size_t c = clusters; c-- > 1;)
        deaths[std::size_t(parentOf[c] - n)] = std::max(deaths[std::size_t(parentOf[c] - n)], deaths[c]);
    for (int p = 0; p < n; ++p) {
        const double lambdaMax = deaths[std::size_t(pointCluster[std::size_t(p)] - n)];
        if (lambdaMax > 0)
            result.outlierScores[std::size_t(p)] =
                float(std::clamp((lambdaMax - pointLambda[std::size_t(p)]) / lambdaMax, 0.0, 1.0));
    }
    return result;
}

} // namespace mph
