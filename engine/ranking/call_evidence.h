#pragma once
// Call evidence (beyond the paper; design 2.6a asks for what measurably beats it): how much more often an API call
// appears in known-malicious scripts than in background scripts, learned from the data at hand, never from a list of
// "bad" calls. Per call, with distinct calls counted once per script and add-one smoothing:
//   logRatio(c) = log((known scripts with c + 1) / (known scripts + 2)) - log((background scripts with c + 1) /
//                 (background scripts + 2))
// A script's evidence is the mean log ratio over its distinct calls: a long benign script copied by a campaign keeps
// a low mean, a short dropper whose few calls are all typical of malware gets a high one.
#include <string>
#include <unordered_map>
#include <vector>

namespace mph {

class CallEvidence {
  public:
    CallEvidence() = default; // no evidence: every script scores 0
    CallEvidence(const std::vector<std::vector<std::string>> &knownScripts,
                 const std::vector<std::vector<std::string>> &backgroundScripts);

    bool empty() const { return logRatio_.empty(); }
    double logRatio(const std::string &call) const;
    double scriptEvidence(const std::vector<std::string> &calls) const; // 0 for an empty script or no evidence

  private:
    std::unordered_map<std::string, double> logRatio_;
    double unseenLogRatio_ = 0; // a call in neither set
};

} // namespace mph
