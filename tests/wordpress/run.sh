#!/usr/bin/env bash
# The WordPress test: the plugin in a real WordPress, checked in Chromium.
#
#   tests/wordpress/run.sh          (as root, or with sudo; a few minutes the first time)
#
# Installs Debian's wordpress, mariadb-server and PHP packages if missing,
# starts MariaDB if it is not running, (re)creates a test database and a
# Debian config for 127.0.0.1, installs WordPress, unzips the built plugin
# (dist/wordpress/article-annotator.zip), activates it with "annotate single
# posts in place" on, creates posts from the sample article (in place by the
# setting, by the shortcode, by the block; the shortcode's kinds, theme and
# editor mode), serves WordPress with PHP's built-in server on 127.0.0.1
# only, runs check.mjs against it (which also changes the kinds setting in
# the admin screen), and finally uninstalls the plugin (uninstall.php: its
# options are removed).
# Idempotent: the database is dropped and made afresh on every run. Stops
# whatever it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
port=${WP_PORT:-8765}
db=wp_annotator_test
db_user=wp_annotator
db_password=annotator-test-only
say() { printf '\033[1m[wordpress]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -f dist/wordpress/article-annotator.zip ]; then
  say "building (dist/wordpress/article-annotator.zip is missing)"
  tools/build.sh
fi

packages=(wordpress wordpress-theme-twentytwentyone mariadb-server php-mysql php-cli unzip curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  # The packages' scripts would start Apache on port 80 and MariaDB: forbid
  # service starts for the install (a policy-rc.d), start only what we need.
  made_policy=false
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# tests/wordpress/run.sh: no service starts during its install\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    made_policy=true
  fi
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || { $made_policy && as_root rm -f /usr/sbin/policy-rc.d; exit 1; }
  if $made_policy; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi

started_db=false
php_pid=
cleanup() {
  # PHP's server forks workers: end its whole process group.
  [ -n "$php_pid" ] && kill -- "-$php_pid" 2>/dev/null || true
  if $started_db; then
    say "stopping MariaDB (this script started it)"
    as_root mysqladmin shutdown 2>/dev/null || true
  fi
}
trap cleanup EXIT

if ! as_root mysqladmin ping --silent >/dev/null 2>&1; then
  say "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld
  as_root sh -c 'mysqld_safe --bind-address=127.0.0.1 --skip-networking >/tmp/wordpress-test-mariadb.log 2>&1 &'
  started_db=true
  for _ in $(seq 1 60); do
    as_root mysqladmin ping --silent >/dev/null 2>&1 && break
    sleep 0.5
  done
  as_root mysqladmin ping --silent >/dev/null || { cat /tmp/wordpress-test-mariadb.log; exit 1; }
fi

say "fresh database $db"
as_root mysql <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER '$db_user'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON $db.* TO '$db_user'@'localhost';
FLUSH PRIVILEGES;
SQL

# Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the Host header.
as_root tee /etc/wordpress/config-127.0.0.1.php >/dev/null <<PHP
<?php
// Written by the Article Annotator's tests/wordpress/run.sh.
define('DB_NAME', '$db');
define('DB_USER', '$db_user');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
// Nothing leaves this machine: no update checks, no cron, no external HTTP.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '/tmp/wordpress-test-debug.log');
PHP

say "installing the plugin from dist/wordpress/article-annotator.zip"
plugins=/var/lib/wordpress/wp-content/plugins
as_root rm -rf "$plugins/article-annotator"
as_root unzip -q -o dist/wordpress/article-annotator.zip -d "$plugins"

say "installing WordPress, activating the plugin, creating the posts"
rm -f /tmp/wordpress-test-debug.log
posts=$(WP_PORT=$port php tests/wordpress/setup.php "$repo/www/sample-article.txt")
echo "$posts"

say "serving WordPress on http://127.0.0.1:$port/"
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is taken: set WP_PORT to a free port" >&2
  exit 1
fi
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t /usr/share/wordpress tests/wordpress/router.php \
  >/tmp/wordpress-test-php.log 2>&1 &
php_pid=$!
for _ in $(seq 1 40); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.25
done

WP_URL="http://127.0.0.1:$port/" WP_POSTS="$posts" node --test tests/wordpress/check.mjs

say "uninstalling the plugin: its options must be removed"
WP_PORT=$port php tests/wordpress/uninstall.php
if [ -s /tmp/wordpress-test-debug.log ] && grep -i "article.annotator\|article_annotator" /tmp/wordpress-test-debug.log; then
  say "PHP notices from the plugin (above)"
  exit 1
fi
