// Campaigns in the main window (issue 13): one verdict for every member of a campaign. Each member's cases take the
// verdict and the list of members; the history receives one record per member package in one transaction.
#include "main_window.h"

#include "campaign_cases.h"
#include "case_seed.h"
#include "case_widget.h"

#include <QStatusBar>

namespace mph::app {

QString MainWindow::setCampaignVerdict(int campaign, Verdict verdict) {
    if (!scan_) return tr("Nothing has been ranked yet.");
    const std::optional<CampaignInfo> info = campaignInfo(*scan_, campaign);
    if (!info) return tr("There is no campaign %1 in this run.").arg(campaign + 1);
    const QString shownKey = case_->key();
    // The history hears of the members once, below, rather than once per case as for a single verdict.
    judgingCampaign_ = true;
    for (const std::size_t rankingIndex : campaignRankingIndices(*scan_, campaign)) {
        const QString key = scriptKey(*scan_, scan_->ranking[rankingIndex].entry);
        CaseFile caseFile =
            key == shownKey ? case_->currentCase() : cases_->ensureCase(key, seedCase(*scan_, rankingIndex));
        caseFile.verdict = verdict;
        caseFile.campaign = *info;
        cases_->updateCase(key, std::move(caseFile));
    }
    judgingCampaign_ = false;
    if (!shownKey.isEmpty() && cases_->contains(shownKey)) showCaseOf(shownKey, false);

    const int members = static_cast<int>(info->members.size());
    if (recorder_->path().isEmpty()) {
        statusBar()->showMessage(
            tr("Verdict %1 set for the %2 packages of the campaign.").arg(verdictLabel(verdict)).arg(members), 10000);
        return {};
    }
    QList<VerdictRecord> records;
    for (const std::size_t rankingIndex : campaignMemberScripts(*scan_, campaign)) {
        const QString key = scriptKey(*scan_, scan_->ranking[rankingIndex].entry);
        records.append(verdictRecordFor(cases_->caseFile(key), cases_->filePath(key), settings_.analystName));
    }
    if (const QString error = recorder_->recordAll(records); !error.isEmpty())
        return tr("The campaign's verdicts are in its cases but not in the history: %1").arg(error);
    statusBar()->showMessage(tr("Verdict %1 set for the %2 packages of the campaign and recorded in the history.")
                                 .arg(verdictLabel(verdict))
                                 .arg(members),
                             10000);
    return {};
}

} // namespace mph::app
