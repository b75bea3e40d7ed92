--TEST--
realpath, getcwd, chdir
--FILE--
<?php
require __DIR__ . '/setup.inc';
$cwd = getcwd();
var_dump($cwd === realpath($tmpdir));
mkdir('a/b', 0777, true);
file_put_contents('a/b/f.txt', '');
var_dump(realpath('a/b/../b/./f.txt') === "$cwd/a/b/f.txt");
var_dump(realpath('a//b/') === "$cwd/a/b");
var_dump(realpath('.') === $cwd, realpath('') === $cwd);
var_dump(realpath('missing'));
var_dump(realpath('a/missing/..'));
try { realpath("a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(chdir('a'), getcwd() === "$cwd/a");
var_dump(chdir('b'), basename(getcwd()), file_exists('f.txt'));
var_dump(chdir('../..'), getcwd() === $cwd);
var_dump(chdir('missing'));
var_dump(chdir('a/b/f.txt'));
var_dump(getcwd() === $cwd);
try { chdir("a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(__DIR__ === dirname(__FILE__), basename(__FILE__));
cleanup();
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
realpath(): Argument #1 ($path) must not contain any null bytes
bool(true)
bool(true)
bool(true)
string(1) "b"
bool(true)
bool(true)
bool(true)

Warning: chdir(): No such file or directory (errno 2) in %s on line 16
bool(false)

Warning: chdir(): Not a directory (errno 20) in %s on line 17
bool(false)
bool(true)
chdir(): Argument #1 ($directory) must not contain any null bytes
bool(true)
string(16) "realpath_cwd.php"
bool(false)
