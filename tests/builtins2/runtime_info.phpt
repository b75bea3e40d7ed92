--TEST--
php_sapi_name, extension_loaded, get_loaded_extensions, gc_*, include path, get_included_files, get_defined_constants, gettimeofday, getrusage
--FILE--
<?php
var_dump(php_sapi_name(), PHP_SAPI);
foreach (['Core', 'core', 'standard', 'json', 'pcre', 'SPL', 'spl', 'date', 'hash', 'random', 'nope', 'xdebug'] as $e) echo $e, ": ", var_export(extension_loaded($e), true), "\n";
$l = get_loaded_extensions();
foreach (['Core', 'date', 'pcre', 'hash', 'json', 'random', 'SPL', 'standard'] as $e) echo $e, " ", in_array($e, $l, true) ? "yes" : "no", "\n";
var_dump($l[0], get_loaded_extensions(true));
var_dump(gc_enabled()); gc_disable(); var_dump(gc_enabled()); gc_enable(); var_dump(gc_enabled());
var_dump(array_keys(gc_status()), is_int(gc_mem_caches()));
var_dump(get_include_path(), set_include_path('/tmp:.'), get_include_path(), ini_get('include_path'), set_include_path(''), get_include_path());
@include 'nonexistent_file.inc';
$f = get_included_files(); var_dump(count($f), $f[0] === __FILE__, get_required_files() === $f);
var_dump(get_cfg_var('precision'), php_ini_loaded_file(), php_ini_scanned_files());
$t = gettimeofday(); var_dump(array_keys($t), is_float(gettimeofday(true)), abs(gettimeofday(true) - microtime(true)) < 1);
$r = getrusage(); var_dump(count($r), isset($r['ru_utime.tv_sec'], $r['ru_stime.tv_usec'], $r['ru_maxrss']));
define('MY_CONST', 42); const OTHER = 'x';
$c = get_defined_constants(true);
var_dump($c['user'], isset($c['Core']['E_ALL']), $c['Core']['PHP_EOL'], isset($c['pcre']['PREG_SPLIT_NO_EMPTY']), isset($c['json']['JSON_PRETTY_PRINT']));
$all = get_defined_constants();
var_dump($all['MY_CONST'], $all['E_WARNING'], $all['PHP_INT_MAX'], array_key_exists('TRUE', $all), array_slice($all, -2));
function f() { return func_get_arg(0) . func_get_arg(2); }
var_dump(f('a', 'b', 'c'));
--EXPECT--
string(3) "cli"
string(3) "cli"
Core: true
core: true
standard: true
json: true
pcre: true
SPL: true
spl: true
date: true
hash: true
random: true
nope: false
xdebug: false
Core yes
date yes
pcre yes
hash yes
json yes
random yes
SPL yes
standard yes
string(4) "Core"
array(0) {
}
bool(true)
bool(false)
bool(true)
array(4) {
  [0]=>
  string(4) "runs"
  [1]=>
  string(9) "collected"
  [2]=>
  string(9) "threshold"
  [3]=>
  string(5) "roots"
}
bool(true)
string(16) ".:/usr/share/php"
string(16) ".:/usr/share/php"
string(6) "/tmp:."
string(6) "/tmp:."
bool(false)
string(6) "/tmp:."
int(1)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
array(4) {
  [0]=>
  string(3) "sec"
  [1]=>
  string(4) "usec"
  [2]=>
  string(11) "minuteswest"
  [3]=>
  string(7) "dsttime"
}
bool(true)
bool(true)
int(17)
bool(true)
array(2) {
  ["MY_CONST"]=>
  int(42)
  ["OTHER"]=>
  string(1) "x"
}
bool(true)
string(1) "
"
bool(true)
bool(true)
int(42)
int(2)
int(9223372036854775807)
bool(true)
array(2) {
  ["MY_CONST"]=>
  int(42)
  ["OTHER"]=>
  string(1) "x"
}
string(2) "ac"
