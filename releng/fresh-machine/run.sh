#!/usr/bin/env bash
# Fresh-machine check (issue 11 §1): do the README's two commands work on a fresh Debian machine?
#
#   sudo releng/fresh-machine/run.sh [DIR]        (DIR: /var/tmp/lawkeeper-fresh-machine by default)
#
# Builds a fresh Debian system with debootstrap in DIR (outside the repository; the host's suite and
# Debian mirror, read from its apt sources), gives it nothing but a JDK (this machine's newest
# JDK >= 21, bind-mounted read-only at the same path) and Debian's maven, an empty ~/.m2, /proc,
# /sys and /dev, and the host's network set-up (resolv.conf, the local certificate authorities
# under /usr/local/share/ca-certificates that its way out may need); clones this repository's HEAD (committed work only) into /root/lawkeeper and runs,
# as root, `./lawkeeper demo` and then `./lawkeeper test`, with no other step: the launcher has to
# install what it needs itself. Prints the wall time and the downloads (Debian packages, Maven
# repository) of each step and writes them to DIR.report. Needs root, debootstrap (installed with
# apt-get when missing) and a few GB in DIR; takes 15–25 minutes on 2 cores. Not run by CI.
#
# A DIR left by an earlier run is unmounted and removed first. Logs: DIR.demo.log, DIR.test.log.
set -euo pipefail

REPO=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
DIR=$(realpath -m "${1:-/var/tmp/lawkeeper-fresh-machine}")
REPORT="$DIR.report"
MOUNTS=(proc sys dev)

say() { echo "fresh-machine: $*" | tee -a "$REPORT"; }
die() { echo "fresh-machine: $*" >&2; exit 1; }

[[ $EUID -eq 0 ]] || die "run as root (debootstrap, chroot and mounts need it)"
[[ "$DIR/" != "$REPO/"* ]] || die "DIR must lie outside the repository"
exec 7>"$DIR.lock"                 # one run per DIR: a second one would pull the floor away
flock -n 7 || die "another run is using $DIR"

# The newest JDK >= 21 under /usr/lib/jvm (what the launcher itself would pick on this machine).
jdk=""
for d in /usr/lib/jvm/*/; do
  d=${d%/}
  [[ -L $d || ! -x $d/bin/javac ]] && continue
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)
  [[ -n $v && $v -ge 21 && $v -gt ${best:-0} ]] && { jdk=$d; best=$v; }
done
[[ -n $jdk ]] || die "no JDK >= 21 under /usr/lib/jvm to give the fresh machine"

unmount_all() {
  local m
  for m in "$DIR$jdk" "${MOUNTS[@]/#/$DIR/}"; do
    if mountpoint -q "$m" 2>/dev/null; then umount -R "$m" 2>/dev/null || umount -lR "$m"; fi
  done
}
trap unmount_all EXIT

# Seconds and the growth of the Debian package cache and of ~/.m2 while "$@" runs in the chroot.
measure() {
  local label=$1 log=$2; shift 2
  local apt0 m2_0 t0 rc=0
  apt0=$(du -sb "$DIR/var/cache/apt/archives" | cut -f1)
  m2_0=$(du -sb "$DIR/root/.m2" 2>/dev/null | cut -f1 || echo 0)
  t0=$SECONDS
  in_chroot "$@" >"$log" 2>&1 || rc=$?
  local apt1 m2_1
  apt1=$(du -sb "$DIR/var/cache/apt/archives" | cut -f1)
  m2_1=$(du -sb "$DIR/root/.m2" 2>/dev/null | cut -f1 || echo 0)
  say "$label: exit $rc, $((SECONDS - t0)) s wall; Debian packages downloaded $(((apt1 - apt0) / 1048576)) MB," \
      "Maven repository +$(((m2_1 - m2_0) / 1048576)) MB (log: $log)"
  return $rc
}

# Runs "$@" in the fresh machine as root, in a login-like environment (nothing of this one's).
in_chroot() {
  chroot "$DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

if [[ -e $DIR ]]; then
  unmount_all
  rm -rf --one-file-system "$DIR"
fi
: >"$REPORT"
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }

# The host's Debian mirror and suite, from its own apt sources (no address is written here).
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[[ -n $mirror ]] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[[ -n $mirror ]] || die "no Debian mirror in /etc/apt/sources.list{,.d/debian.sources}"
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")

say "$(date -u '+%F %T') UTC, repository $(git -C "$REPO" rev-parse --short HEAD), suite $suite, JDK $jdk"
t0=$SECONDS
debootstrap "$suite" "$DIR" "$mirror" >"$DIR.debootstrap.log" 2>&1 ||
  die "debootstrap failed (log: $DIR.debootstrap.log)"
say "debootstrap $suite: $((SECONDS - t0)) s"

# The machine's own network set-up, as every machine of its kind has it: its DNS resolver and
# the extra certificate authorities of its way out (installed below, once ca-certificates is in).
cp /etc/resolv.conf "$DIR/etc/resolv.conf"
mkdir -p "$DIR/usr/local/share/ca-certificates"
cp -r /usr/local/share/ca-certificates/. "$DIR/usr/local/share/ca-certificates/" 2>/dev/null || true
mount -t proc proc "$DIR/proc"
mount -t sysfs sys "$DIR/sys"
mount --rbind /dev "$DIR/dev" && mount --make-rslave "$DIR/dev"
mkdir -p "$DIR$jdk"
mount --bind "$jdk" "$DIR$jdk" && mount -o remount,bind,ro "$DIR$jdk"

measure "apt-get install maven (Debian's, the one prerequisite)" "$DIR.maven.log" \
  bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven'
in_chroot update-ca-certificates >/dev/null 2>&1   # also updates the JDK's trust store (cacerts)

git clone -q "$REPO" "$DIR/root/lawkeeper"
say "clean: no ~/.m2 ($([[ -e $DIR/root/.m2 ]] && echo present || echo absent)), no xvfb-run," \
    "git, chromium ($(in_chroot bash -c 'command -v xvfb-run git chromium | wc -l') of 3 present)"

demo_rc=0 test_rc=0
measure "./lawkeeper demo" "$DIR.demo.log" bash -c 'cd /root/lawkeeper && ./lawkeeper demo' || demo_rc=$?
measure "./lawkeeper test" "$DIR.test.log" bash -c 'cd /root/lawkeeper && ./lawkeeper test' || test_rc=$?
grep -E '^lawkeeper: installing|Tests run:.*Fail|BUILD|launcher concurrency:' "$DIR.test.log" | tail -n 12 |
  sed 's/^/  /' | tee -a "$REPORT"
say "total Maven repository: $(du -sh "$DIR/root/.m2" | cut -f1); report: $REPORT"
[[ $demo_rc -eq 0 && $test_rc -eq 0 ]] || die "a step failed"
say "both commands passed"
