#!/usr/bin/env bash
# Fetch Debian 13 (trixie)'s WordPress 6.8.x, and the packages its symlinks point into, into a
# private cache, WITHOUT installing anything system-wide, and produce a standalone WordPress tree:
#
#   ${SENREPORT_CACHE:-$HOME/.cache/senreport}/wp68/wordpress
#
# How: a private apt configuration (passed with -c) with its own sources list naming Debian 13
# and its security suite on the same mirror as this machine's /etc/apt sources, its own lists
# and archives directories, an empty dpkg status, and the system's update hooks cleared; then
# `apt-get download` of the .debs, `dpkg -x` of each into one private root, and `cp -rL` of
# that root's /usr/share/wordpress so the tree has no symlink left.
#
# Debian 13 has no twentytwentyone package: when Debian 12's is installed on this machine
# (scripts/wordpress/install-packages.sh), it is copied into the tree too (it works on 6.8).
#
# Idempotent and cached: a second run returns at once. Prints the tree's path on stdout last.
#
#   scripts/wordpress/fetch-wp68.sh            # fetch if needed, print the tree path
#   scripts/wordpress/fetch-wp68.sh --refresh  # refresh the package lists and rebuild the tree
set -euo pipefail

CACHE="${SENREPORT_CACHE:-$HOME/.cache/senreport}"
BASE="$CACHE/wp68"
APTDIR="$BASE/apt"
DEBDIR="$BASE/debs"
TREE="$BASE/wordpress"
STAMP="$TREE/.senreport-wp68"
REFRESH=0
[[ "${1:-}" == "--refresh" ]] && REFRESH=1

log() { echo "fetch-wp68: $*" >&2; }
die() { echo "fetch-wp68: ERROR: $*" >&2; exit 1; }

if [[ $REFRESH -eq 0 && -f "$STAMP" && -f "$TREE/wp-includes/version.php" ]]; then
  log "cached: $(cat "$STAMP")"
  echo "$TREE"
  exit 0
fi

for tool in apt-get dpkg-deb; do
  command -v "$tool" >/dev/null || die "$tool not found (this script needs a Debian system)"
done

# Serialise concurrent runs (two test sessions starting at once).
mkdir -p "$BASE"
exec 9>"$BASE/.lock"
if command -v flock >/dev/null; then flock 9; fi
if [[ $REFRESH -eq 0 && -f "$STAMP" && -f "$TREE/wp-includes/version.php" ]]; then
  log "cached (built by a concurrent run): $(cat "$STAMP")"
  echo "$TREE"
  exit 0
fi

# --- the mirror: the one this machine's own Debian sources use ------------------------------
# Reads both the deb822 (*.sources) and one-line (*.list) formats; takes the URI serving the
# main Debian suites and the one serving the security suite.
system_uris() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    # deb [opts] URI SUITE COMPONENTS...
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" { print $2, $3 }'
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    awk '
      function flush() { if (uris != "" && types ~ /(^| )deb( |$)/ && enabled != "no") {
                           n = split(uris, u, " "); m = split(suites, s, " ");
                           for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print u[i], s[j] }
                         uris = ""; suites = ""; types = ""; enabled = "" }
      /^[[:space:]]*#/ { next }
      /^[[:space:]]*$/ { flush(); next }
      tolower($1) == "uris:"    { $1 = ""; uris = $0 }
      tolower($1) == "suites:"  { $1 = ""; suites = $0 }
      tolower($1) == "types:"   { $1 = ""; types = $0 }
      tolower($1) == "enabled:" { enabled = tolower($2) }
      END { flush() }' "$f"
  done
}
CODENAME=$( . /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}" )
URIS=$(system_uris)
pick_uri() {  # $1: regex on the suite
  awk -v re="$1" '$2 ~ re { print $1; exit }' <<<"$URIS"
}
MIRROR=$(pick_uri "^${CODENAME:-[a-z]+}$")
[[ -n "$MIRROR" ]] || MIRROR=$(pick_uri '^[a-z]+$')
SECURITY=$(pick_uri '-security$')
[[ -n "$MIRROR" ]] || die "no Debian mirror found in /etc/apt/sources.list{,.d}"
if [[ -z "$SECURITY" ]]; then
  # Debian's convention: the security archive sits beside the main one as <path>-security.
  SECURITY="${MIRROR%/}-security"
fi
MIRROR="${MIRROR%/}"; SECURITY="${SECURITY%/}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[[ -f "$KEYRING" ]] || die "$KEYRING missing (package debian-archive-keyring)"

# --- the private apt configuration -----------------------------------------------------------
mkdir -p "$APTDIR"/{lists/partial,archives/partial,cache,sources.list.d,preferences.d,log} "$DEBDIR"
cat > "$APTDIR/sources.list" <<SOURCES
deb [signed-by=$KEYRING] $MIRROR trixie main
deb [signed-by=$KEYRING] $SECURITY trixie-security main
SOURCES
: > "$APTDIR/status-empty"
cat > "$APTDIR/apt.conf" <<CONF
Dir::Etc::sourcelist "$APTDIR/sources.list";
Dir::Etc::sourceparts "$APTDIR/sources.list.d";
Dir::Etc::preferences "$APTDIR/preferences";
Dir::Etc::preferencesparts "$APTDIR/preferences.d";
Dir::State "$APTDIR";
Dir::State::lists "$APTDIR/lists/";
Dir::State::status "/dev/null";
Dir::State::extended_states "$APTDIR/extended_states";
Dir::Cache "$APTDIR/cache/";
Dir::Cache::archives "$APTDIR/archives/";
Dir::Cache::pkgcache "pkgcache.bin";
Dir::Cache::srcpkgcache "";
Dir::Log "$APTDIR/log/";
APT::Sandbox::User "$(id -un)";
APT::Get::List-Cleanup "false";
Acquire::Languages "none";
Acquire::Retries "3";
#clear APT::Update::Pre-Invoke;
#clear APT::Update::Post-Invoke;
#clear APT::Update::Post-Invoke-Success;
#clear DPkg::Pre-Invoke;
#clear DPkg::Post-Invoke;
#clear DPkg::Pre-Install-Pkgs;
CONF
APT=(apt-get -c "$APTDIR/apt.conf" -q)
APTCACHE=(apt-cache -c "$APTDIR/apt.conf")

if [[ $REFRESH -eq 1 ]] || ! ls "$APTDIR"/lists/*trixie*Packages* >/dev/null 2>&1; then
  log "updating the private Debian 13 package lists"
  "${APT[@]}" update >&2 || die "apt-get update of the private Debian 13 lists failed"
fi

REQUIRED=(wordpress libjs-lodash libjs-underscore libjs-cropper php-getid3)
OPTIONAL=(wordpress-theme-twentytwentythree wordpress-theme-twentytwentyfour wordpress-theme-twentytwentyfive)

# One apt-cache call for every candidate version (each call reads the whole package index).
declare -A CANDIDATE=()
while read -r pkg ver; do
  CANDIDATE[$pkg]=$ver
done < <("${APTCACHE[@]}" policy "${REQUIRED[@]}" "${OPTIONAL[@]}" 2>/dev/null |
         awk '/^[^ ].*:$/ { sub(":$", ""); pkg = $0 } /Candidate:/ { print pkg, $2 }')
candidate() { echo "${CANDIDATE[$1]:-}"; }
WANT=()
for p in "${REQUIRED[@]}"; do
  c=$(candidate "$p")
  [[ -n "$c" && "$c" != "(none)" ]] || die "Debian 13 has no candidate for $p"
  WANT+=("$p")
done
for p in "${OPTIONAL[@]}"; do
  c=$(candidate "$p")
  if [[ -n "$c" && "$c" != "(none)" ]]; then WANT+=("$p"); else log "not packaged in Debian 13: $p"; fi
done

# Download only the .debs not already cached (apt-get download names files pkg_ver_arch.deb,
# with ':' in the version escaped as %3a).
TODO=()
for p in "${WANT[@]}"; do
  v=$(candidate "$p"); vf=${v//:/%3a}
  compgen -G "$DEBDIR/${p}_${vf}_*.deb" >/dev/null || TODO+=("$p")
done
if [[ ${#TODO[@]} -gt 0 ]]; then
  log "downloading ${TODO[*]}"
  (cd "$DEBDIR" && "${APT[@]}" download "${TODO[@]}" >&2) || die "apt-get download failed"
fi

# --- unpack into one private root, then make the standalone tree -----------------------------
ROOT="$BASE/root.new"
rm -rf "$ROOT"; mkdir -p "$ROOT"
VERSIONS=()
for p in "${WANT[@]}"; do
  v=$(candidate "$p"); vf=${v//:/%3a}
  deb=$(compgen -G "$DEBDIR/${p}_${vf}_*.deb" | head -1)
  [[ -n "$deb" ]] || die "downloaded .deb for $p $v not found in $DEBDIR"
  dpkg -x "$deb" "$ROOT"
  VERSIONS+=("$p=$v")
done
[[ -f "$ROOT/usr/share/wordpress/wp-includes/version.php" ]] || die "unpacked wordpress has no wp-includes/version.php"

# Symlinks out of the package (e.g. .htaccess -> /etc/wordpress/htaccess, or into packages we
# did not fetch) must resolve inside the private root; re-point absolute links there and
# report any that stay dangling.
while IFS= read -r -d '' link; do
  target=$(readlink "$link")
  if [[ "$target" == /* && -e "$ROOT$target" ]]; then
    ln -sfnr "$ROOT$target" "$link"
  fi
done < <(find "$ROOT/usr/share/wordpress" -type l -print0)
DANGLING=()
while IFS= read -r -d '' link; do
  if [[ ! -e "$link" ]]; then DANGLING+=("${link#"$ROOT"} -> $(readlink "$link")"); fi
done < <(find "$ROOT/usr/share/wordpress" -type l -print0)
for d in "${DANGLING[@]}"; do
  case "$d" in
    /usr/share/wordpress/.htaccess*) rm -f "$ROOT/usr/share/wordpress/.htaccess" ;;  # Apache only
    # WordPress's CA bundle points at the system's; without ca-certificates it is not needed
    # here (no outside HTTPS), and WordPress falls back to its own handling.
    /usr/share/wordpress/wp-includes/certificates/*) rm -f "$ROOT${d%% -> *}" ;;
    *) die "dangling symlink in the Debian 13 tree: $d (fetch the package that provides it)" ;;
  esac
done

NEWTREE="$BASE/wordpress.new"
rm -rf "$NEWTREE"
cp -rL "$ROOT/usr/share/wordpress" "$NEWTREE"
# Debian's wp-config.php is a host-name dispatcher into /etc/wordpress: sites write their own.
rm -f "$NEWTREE/wp-config.php"
if [[ ! -d "$NEWTREE/wp-content/themes/twentytwentyone" && -d /usr/share/wordpress/wp-content/themes/twentytwentyone ]]; then
  cp -rL /usr/share/wordpress/wp-content/themes/twentytwentyone "$NEWTREE/wp-content/themes/"
  VERSIONS+=("twentytwentyone=from-debian-12")
fi
WPVER=$(php -r 'include $argv[1]; echo $wp_version;' "$NEWTREE/wp-includes/version.php" 2>/dev/null \
        || sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$NEWTREE/wp-includes/version.php")
[[ "$WPVER" == 6.8* ]] || die "expected WordPress 6.8.x, got '$WPVER'"
echo "wordpress $WPVER; ${VERSIONS[*]}" > "$NEWTREE/.senreport-wp68"

rm -rf "$TREE"
mv "$NEWTREE" "$TREE"
rm -rf "$ROOT"
log "built $TREE (WordPress $WPVER)"
echo "$TREE"
