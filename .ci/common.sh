# Shared by .ci/start and .ci/run: install what is missing, then configure and build.
# Sourced, not run. Works on a fresh Debian 12 machine as root (or with sudo).
set -euo pipefail

ROLELENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROLELENS_BUILD="${ROLELENS_BUILD:-$ROLELENS_ROOT/build}"

# Debian packages the build, the tests and the tools need.
ROLELENS_PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools
    libhunspell-dev hunspell hunspell-en-us hunspell-en-gb
    poppler-utils qpdf libzip-dev pandoc fonts-noto-color-emoji fonts-symbola lintian
    clang libclang-rt-14-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    desktop-file-utils appstream dpkg-dev libqt6svg6
    clang-format-14 git
)

rolelens_install_missing() {
    local missing=()
    for package in "${ROLELENS_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "RoleLens needs these packages: ${missing[*]} (run as root)" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "Installing ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
}

# Extra arguments go to CMake's configure step (.ci/run adds -DROLELENS_WERROR=ON).
# Two steps (see ROLELENS_PGO in CMakeLists.txt): an instrumented rolelens-check analyses the
# written postings and the test postings, then everything is built with that profile. The
# benchmark's own text (the sample posting) is not part of the training. A build directory
# already built with a profile keeps it, so building again is incremental (sources edited
# since are built with the old profile).
rolelens_build() {
    local configure=(cmake -S "$ROLELENS_ROOT" -B "$ROLELENS_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if ! grep -qx 'ROLELENS_PGO:STRING=use' "$ROLELENS_BUILD/CMakeCache.txt" 2>/dev/null; then
        "${configure[@]}" -DROLELENS_PGO=generate "$@" >/dev/null
        cmake --build "$ROLELENS_BUILD" --parallel "$(nproc)" --target rolelens-check
        find "$ROLELENS_BUILD" -name '*.gcda' -delete
        # Its exit status says whether the postings have findings; the profile is what counts.
        "$ROLELENS_BUILD/app/rolelens-check" --format json \
            "$ROLELENS_ROOT"/tests/eval/written/postings/* "$ROLELENS_ROOT"/tests/data/*/*.md \
            >/dev/null || true
        if [ -z "$(find "$ROLELENS_BUILD" -name '*.gcda' -print -quit)" ]; then
            # Not gcc (CXX=clang++, say): CMakeLists.txt ignored ROLELENS_PGO.
            echo "No profile was written (profile-guided builds need gcc): building without one"
        fi
    fi
    "${configure[@]}" -DROLELENS_PGO=use "$@" >/dev/null
    cmake --build "$ROLELENS_BUILD" --parallel "$(nproc)"
}

# Every C++ file as clang-format 14 (Debian 12's) formats it; prints what differs and fails.
rolelens_check_format() {
    (cd "$ROLELENS_ROOT" && git ls-files -z '*.cpp' '*.h' ':!:tests/data/*' |
        xargs -0 clang-format-14 --dry-run -Werror)
}
