#include "evaluation/bandit_baseline.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_set>

extern char **environ;

namespace mph::evaluation {
namespace {

// Runs inside Bandit's Python: reads "sha256 \t base64(text)" lines from standard input (all of them first), scores
// each text with Bandit's manager on an in-memory file object, and prints "sha256 \t score \t findings \t parsed".
constexpr const char *kHelper = R"PY(
import base64, io, logging, sys
logging.disable(logging.CRITICAL)
from bandit.core import config, manager
m = manager.BanditManager(config.BanditConfig(), 'file', quiet=True)
W = {'LOW': 1, 'MEDIUM': 2, 'HIGH': 3}
lines = sys.stdin.buffer.read().split(b'\n')
out = sys.stdout
for line in lines:
    if not line:
        continue
    sha, _, b64 = line.partition(b'\t')
    sha = sha.decode('ascii')
    name = '/nonexistent/mphunter-evaluation/' + sha + '.py'
    m.results = []
    m.skipped = []
    try:
        m._parse_file(name, io.BytesIO(base64.b64decode(b64)), [name])
        parsed = 0 if m.skipped else 1
        issues = m.results
    except BaseException:
        parsed, issues = 0, []
    score = sum(W.get(str(i.severity), 0) * W.get(str(i.confidence), 0) for i in issues)
    out.write('%s\t%d\t%d\t%d\n' % (sha, score, len(issues), parsed))
out.flush()
)PY";

std::string base64(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                           (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

struct Child {
    pid_t pid = -1;
    int in = -1;  // its standard input (we write)
    int out = -1; // its standard output (we read)
};

bool spawn(const std::vector<std::string> &argv, Child &child, std::string &problem) {
    int toChild[2], fromChild[2];
    if (pipe2(toChild, O_CLOEXEC) != 0) return problem = "pipe failed", false;
    if (pipe2(fromChild, O_CLOEXEC) != 0) {
        close(toChild[0]), close(toChild[1]);
        return problem = "pipe failed", false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO);
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const int rc = posix_spawn(&child.pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(toChild[0]);
    close(fromChild[1]);
    if (rc != 0) {
        close(toChild[1]), close(fromChild[0]);
        problem = "cannot run " + argv[0] + ": " + std::strerror(rc);
        return false;
    }
    child.in = toChild[1];
    child.out = fromChild[0];
    return true;
}

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string readAll(int fd) {
    std::string text;
    char buffer[65536];
    while (true) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return text;
}

int waitFor(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

bool parseLine(const std::string &line, std::string &sha, BanditScore &score) {
    std::istringstream in(line);
    int parsed = 0;
    if (!std::getline(in, sha, '\t') || !(in >> score.score >> score.findings >> parsed)) return false;
    score.parsed = parsed != 0;
    return sha.size() == 64;
}

} // namespace

void BanditBaseline::loadCache(const std::filesystem::path &file) {
    std::ifstream in(file);
    std::string line, sha;
    while (std::getline(in, line)) {
        BanditScore s;
        if (parseLine(line, sha, s)) scores_[sha] = s;
    }
}

bool BanditBaseline::saveCache(const std::filesystem::path &file, std::string &problem) const {
    const std::filesystem::path temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const auto &[sha, s] : scores_)
            out << sha << '\t' << s.score << '\t' << s.findings << '\t' << (s.parsed ? 1 : 0) << '\n';
        if (!out.flush()) return problem = "cannot write " + temporary.string(), false;
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec) return problem = "cannot replace " + file.string() + ": " + ec.message(), false;
    return true;
}

std::optional<BanditScore> BanditBaseline::find(const std::string &sha256) const {
    const auto it = scores_.find(sha256);
    if (it == scores_.end()) return std::nullopt;
    return it->second;
}

bool BanditBaseline::score(const std::vector<BanditScript> &scripts, int processes, std::string &problem) {
    std::vector<const BanditScript *> todo;
    std::unordered_set<std::string> queued;
    for (const BanditScript &s : scripts)
        if (s.sha256.size() == 64 && !scores_.count(s.sha256) && queued.insert(s.sha256).second) todo.push_back(&s);
    if (todo.empty()) return true;

    // A helper that dies early must not kill us with SIGPIPE while we write its input.
    signal(SIGPIPE, SIG_IGN);
    const std::size_t count =
        std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(std::max(1, processes)), todo.size()));
    std::vector<Child> children(count);
    for (std::size_t c = 0; c < count; ++c)
        if (!spawn({python_, "-c", kHelper}, children[c], problem)) {
            for (std::size_t k = 0; k < c; ++k)
                close(children[k].in), close(children[k].out), waitFor(children[k].pid);
            return false;
        }
    bool ok = true;
    for (std::size_t c = 0; c < count; ++c) {
        std::string input;
        for (std::size_t i = c; i < todo.size(); i += count) {
            input += todo[i]->sha256;
            input += '\t';
            input += base64(todo[i]->text);
            input += '\n';
        }
        ok = writeAll(children[c].in, input) && ok;
        close(children[c].in);
    }
    std::size_t answered = 0;
    for (Child &child : children) {
        const std::string output = readAll(child.out);
        close(child.out);
        const int exitCode = waitFor(child.pid);
        if (exitCode != 0) {
            ok = false;
            problem = "bandit helper exited with status " + std::to_string(exitCode);
        }
        std::istringstream lines(output);
        std::string line, sha;
        while (std::getline(lines, line)) {
            BanditScore s;
            if (!parseLine(line, sha, s) || !queued.count(sha)) {
                ok = false;
                problem = "unexpected line from the bandit helper: " + line.substr(0, 120);
                continue;
            }
            scores_[sha] = s;
            ++answered;
        }
    }
    fresh_ += answered;
    if (ok && answered != todo.size()) {
        ok = false;
        problem = "bandit answered " + std::to_string(answered) + " of " + std::to_string(todo.size()) + " scripts";
    }
    return ok;
}

std::string BanditBaseline::version() const {
    Child child;
    std::string problem;
    if (!spawn({python_, "-c", "import bandit; print(bandit.__version__)"}, child, problem)) return {};
    close(child.in);
    std::string text = readAll(child.out);
    close(child.out);
    if (waitFor(child.pid) != 0) return {};
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

} // namespace mph::evaluation
