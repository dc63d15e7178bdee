# SPDX-License-Identifier: EPL-2.0
# Sourced (POSIX sh) by mvnw, so that `./mvnw verify` on a bare Debian machine needs no set-up:
# the Debian packages the tests need that such a machine lacks (Xvfb for the UI tests and the
# crash test, GTK 3 for SWT, fonts so that text has a size to measure, Chromium for the test of
# the HTML slides, xdotool and ImageMagick for the crash test on the built product). Missing ones
# are installed with apt-get where this user may (root, or sudo without a password); otherwise
# it says at once which are missing and how to install them, instead of a test failing minutes
# later. Nothing is checked for a build that skips the tests, or off Debian.
disputatio_packages="xvfb libgtk-3-0 fonts-dejavu-core chromium xdotool imagemagick"
case " $* " in
  *" -DskipTests "*|*" -DskipTests=true "*|*" -Dmaven.test.skip "*|*" -Dmaven.test.skip=true "*) disputatio_packages="" ;;
esac
disputatio_missing=""
if [ -n "$disputatio_packages" ] && command -v dpkg-query >/dev/null 2>&1; then
  for disputatio_package in $disputatio_packages; do
    case $(dpkg-query -W -f='${db:Status-Abbrev}' "$disputatio_package" 2>/dev/null) in
      ii*) ;;
      *) disputatio_missing="$disputatio_missing $disputatio_package" ;;
    esac
  done
fi
if [ -n "$disputatio_missing" ]; then
  disputatio_sudo=""
  [ "$(id -u)" -eq 0 ] || disputatio_sudo="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$disputatio_sudo" ] || sudo -n true 2>/dev/null; }; then
    echo "mvnw: installing the Debian packages the tests need:$disputatio_missing" >&2
    # Word splitting of the list is wanted here.
    # shellcheck disable=SC2086
    { $disputatio_sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $disputatio_sudo apt-get install -y -qq \
        --no-install-recommends $disputatio_missing; } >&2 \
      || echo "mvnw: apt-get could not install them; the tests that need them will fail" >&2
  else
    echo "mvnw: the tests need these Debian packages, missing here:$disputatio_missing" >&2
    echo "mvnw: install them with: sudo apt-get install$disputatio_missing" >&2
  fi
fi
