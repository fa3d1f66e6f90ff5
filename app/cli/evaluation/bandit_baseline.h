#pragma once
// The baseline of design section 6: Debian's Bandit (1.6.2) on the batch scripts, each script scored by the sum over
// its findings of severity x confidence (LOW = 1, MEDIUM = 2, HIGH = 3).
//
// Safety: script texts never touch the disk. One Python process runs Bandit's own manager on in-memory file objects;
// the texts reach it base64-encoded on standard input. Bandit parses (ast.parse) and walks the tree; nothing from a
// corpus is imported or executed. Results are cached by script sha256 (the cache holds scores, never texts).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mph::evaluation {

struct BanditScore {
    double score = 0; // sum of severity x confidence
    int findings = 0;
    bool parsed = true; // false: Bandit could not parse the script (score 0)
};

struct BanditScript {
    std::string sha256;
    std::string_view text;
};

class BanditBaseline {
  public:
    explicit BanditBaseline(std::string python = "/usr/bin/python3") : python_(std::move(python)) {}

    // Cache file: sha256 \t score \t findings \t parsed. A missing file is an empty cache.
    void loadCache(const std::filesystem::path &file);
    bool saveCache(const std::filesystem::path &file, std::string &problem) const;

    // Scores every script not yet known (deduplicated by sha256) with `processes` Bandit processes in parallel.
    // False with `problem` set when Bandit could not be run or answered something unexpected.
    bool score(const std::vector<BanditScript> &scripts, int processes, std::string &problem);

    std::optional<BanditScore> find(const std::string &sha256) const;
    std::size_t fresh() const { return fresh_; } // scored by Bandit in this run (not from the cache)

    // The version string Bandit reports ("1.6.2"), or empty when it cannot be imported.
    std::string version() const;

  private:
    std::string python_;
    std::unordered_map<std::string, BanditScore> scores_;
    std::size_t fresh_ = 0;
};

} // namespace mph::evaluation
