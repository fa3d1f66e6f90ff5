// Campaigns on hand-made vectors: identical and nearly identical calls link packages, so does a shared known family,
// links are transitive and the weakest one names the group; scripts near the background (benign template copies) and
// scripts of fewer than two calls never link.
#include "ranking/campaigns.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace mph;

namespace {

// Unit rows: row i leans on axis i, except the rows built by `near`.
Eigen::MatrixXf unitRows(int rows, int dims) {
    Eigen::MatrixXf m = Eigen::MatrixXf::Zero(rows, dims);
    for (int i = 0; i < rows; ++i)
        m(i, i % dims) = 1;
    return m;
}

// A unit vector at cosine distance `distance` from the unit vector on axis `from`, tilted towards axis `towards`.
Eigen::RowVectorXf tilted(int dims, int from, int towards, double distance) {
    const double cosine = 1 - distance;
    Eigen::RowVectorXf v = Eigen::RowVectorXf::Zero(dims);
    v(from) = static_cast<float>(cosine);
    v(towards) = static_cast<float>(std::sqrt(1 - cosine * cosine));
    return v;
}

CampaignScript script(std::uint32_t package, std::uint32_t row, std::uint8_t scope = 0) {
    CampaignScript s;
    s.package = package;
    s.row = row;
    s.scope = scope;
    s.calls = 6;
    s.dNearestBackground = 0.4; // well apart from the background
    return s;
}

using Packages = std::vector<std::uint32_t>;

} // namespace

class CampaignsTest : public QObject {
    Q_OBJECT
  private slots:
    void linkNames() {
        QCOMPARE(campaignLinkName(CampaignLink::IdenticalCalls), std::string_view("identical calls"));
        QCOMPARE(campaignLinkName(CampaignLink::NearlyIdenticalCalls), std::string_view("nearly identical calls"));
        QCOMPARE(campaignLinkName(CampaignLink::KnownFamily), std::string_view("known family"));
    }

    void identicalCallsLinkWithinOneScope() {
        const Eigen::MatrixXf v = unitRows(4, 4);
        // Packages 10 and 30 share row 1 in the install scope; 20 makes row 1 too, but as an import script.
        const std::vector<CampaignScript> scripts = {script(10, 1), script(20, 1, 1), script(30, 1), script(40, 2)};
        const std::vector<CampaignGroup> groups = findCampaigns(v, scripts);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups[0].packages, (Packages{10, 30}));
        QCOMPARE(groups[0].link, CampaignLink::IdenticalCalls);
        QCOMPARE(groups[0].family, std::int64_t(-1));
    }

    void nearlyIdenticalCallsLinkUnderTheThreshold() {
        Eigen::MatrixXf v = unitRows(4, 4);
        v.row(1) = tilted(4, 0, 3, 0.02); // 0.02 from row 0
        v.row(2) = tilted(4, 0, 2, 0.20); // 0.20 from row 0: a different script
        const std::vector<CampaignScript> scripts = {script(1, 0), script(2, 1), script(3, 2)};
        std::vector<CampaignGroup> groups = findCampaigns(v, scripts);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups[0].packages, (Packages{1, 2}));
        QCOMPARE(groups[0].link, CampaignLink::NearlyIdenticalCalls);
        // A tighter threshold separates them.
        CampaignOptions strict;
        strict.nearDistance = 0.01;
        QVERIFY(findCampaigns(v, scripts, strict).empty());
        // Nearly identical proportions of calls are not the same script when one makes many more calls than the
        // other (`property property classmethod` against a longer file of decorators, on real data).
        std::vector<CampaignScript> lengths = {script(1, 0), script(2, 1)};
        lengths[0].calls = 3;
        lengths[1].calls = 5;
        QVERIFY(findCampaigns(v, lengths).empty());
        lengths[0].calls = 4; // 4 of 5: about as many
        QCOMPARE(findCampaigns(v, lengths).size(), std::size_t(1));
        // Nearly identical scripts of different scopes are not linked.
        const std::vector<CampaignScript> crossScope = {script(1, 0, 0), script(2, 1, 1)};
        QVERIFY(findCampaigns(v, crossScope).empty());
    }

    void knownFamilyLinksScriptsCloseToTheSameFamily() {
        const Eigen::MatrixXf v = unitRows(6, 6); // every script different from every other
        std::vector<CampaignScript> scripts = {script(1, 0), script(2, 1), script(3, 2, 1), script(4, 3), script(5, 4)};
        scripts[0].family = 7, scripts[0].dM = 0.05;
        scripts[1].family = 7, scripts[1].dM = 0.12;
        scripts[2].family = 7, scripts[2].dM = 0.10; // another scope: families link across scopes
        scripts[3].family = 7, scripts[3].dM = 0.40; // too far from the family to say it belongs
        scripts[4].family = 8, scripts[4].dM = 0.01; // another family, alone
        const std::vector<CampaignGroup> groups = findCampaigns(v, scripts);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups[0].packages, (Packages{1, 2, 3}));
        QCOMPARE(groups[0].link, CampaignLink::KnownFamily);
        QCOMPARE(groups[0].family, std::int64_t(7));
    }

    void benignTemplateCopiesAreNotCampaigns() {
        const Eigen::MatrixXf v = unitRows(4, 4);
        // Three packages with the same setup.py as the background's template (its nearest background script at 0).
        std::vector<CampaignScript> scripts = {script(1, 0), script(2, 0), script(3, 0)};
        for (CampaignScript &s : scripts)
            s.dNearestBackground = 0.0;
        QVERIFY(findCampaigns(v, scripts).empty());
        // Just at the threshold is still the background's; just over it links.
        for (CampaignScript &s : scripts)
            s.dNearestBackground = CampaignOptions{}.backgroundDistance;
        QVERIFY(findCampaigns(v, scripts).empty());
        for (CampaignScript &s : scripts)
            s.dNearestBackground = CampaignOptions{}.backgroundDistance + 0.01;
        QCOMPARE(findCampaigns(v, scripts).size(), std::size_t(1));
        // A known family does not rescue template copies either.
        for (CampaignScript &s : scripts) {
            s.dNearestBackground = 0.01;
            s.family = 3;
            s.dM = 0.0;
        }
        QVERIFY(findCampaigns(v, scripts).empty());
        // A lone call (`setup()`) is no fingerprint, however far from the background.
        std::vector<CampaignScript> tiny = {script(1, 1), script(2, 1)};
        for (CampaignScript &s : tiny)
            s.calls = 1;
        QVERIFY(findCampaigns(v, tiny).empty());
        QVERIFY(!linksCampaigns(tiny[0], {}));
        QVERIFY(linksCampaigns(script(1, 1), {}));
    }

    void linksAreTransitiveAndTheWeakestNamesTheGroup() {
        Eigen::MatrixXf v = unitRows(8, 8);
        v.row(5) = tilted(8, 4, 7, 0.03);
        std::vector<CampaignScript> scripts = {script(1, 0), script(2, 0), // identical
                                               script(3, 1), script(4, 2), // family 9, with 2's other script
                                               script(2, 3),               // package 2's import script... of family 9
                                               script(6, 4), script(7, 5),
                                               script(8, 4)}; // identical 6-8, nearly identical 6-7
        scripts[2].family = 9, scripts[2].dM = 0.1;
        scripts[3].family = 9, scripts[3].dM = 0.1;
        scripts[4].family = 9, scripts[4].dM = 0.1;
        const std::vector<CampaignGroup> groups = findCampaigns(v, scripts);
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[0].packages, (Packages{1, 2, 3, 4}));
        QCOMPARE(groups[0].link, CampaignLink::KnownFamily);
        QCOMPARE(groups[0].family, std::int64_t(9));
        QCOMPARE(groups[1].packages, (Packages{6, 7, 8}));
        QCOMPARE(groups[1].link, CampaignLink::NearlyIdenticalCalls);
        QCOMPARE(groups[1].family, std::int64_t(-1));
        // Input order does not matter.
        std::reverse(scripts.begin(), scripts.end());
        const std::vector<CampaignGroup> again = findCampaigns(v, scripts);
        QCOMPARE(again.size(), groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            QCOMPARE(again[g].packages, groups[g].packages);
            QCOMPARE(again[g].link, groups[g].link);
        }
    }

    void manyRowsAcrossBlocks() {
        // More distinct rows than one block of the pairwise products: a near pair far apart in row order is found.
        constexpr int rows = 1200, dims = 64;
        std::mt19937 random(7);
        std::normal_distribution<float> normal;
        Eigen::MatrixXf v(rows, dims);
        for (int i = 0; i < rows; ++i) {
            for (int d = 0; d < dims; ++d)
                v(i, d) = normal(random);
            v.row(i).normalize();
        }
        v.row(1100) = v.row(3);
        v(1100, 0) += 0.05f; // nearly the same script
        v.row(1100).normalize();
        QVERIFY(1 - v.row(3).dot(v.row(1100)) < 0.05);
        std::vector<CampaignScript> scripts;
        for (std::uint32_t i = 0; i < rows; ++i)
            scripts.push_back(script(i, i));
        const std::vector<CampaignGroup> groups = findCampaigns(v, scripts);
        QCOMPARE(groups.size(), std::size_t(1)); // random directions in 64 dimensions are far apart
        QCOMPARE(groups[0].packages, (Packages{3, 1100}));
    }

    void rowsOutsideTheMatrixAreIgnored() {
        const Eigen::MatrixXf v = unitRows(2, 2);
        const std::vector<CampaignScript> scripts = {script(1, 5), script(2, 5)};
        QVERIFY(findCampaigns(v, scripts).empty());
        QVERIFY(findCampaigns(v, {}).empty());
    }
};

QTEST_GUILESS_MAIN(CampaignsTest)
#include "tst_campaigns.moc"
