--TEST--
fnmatch flags, umask
--FILE--
<?php
require __DIR__ . '/setup.inc';
var_dump(fnmatch('*.txt', 'a.txt'), fnmatch('*.txt', 'a.php'), fnmatch('a?c', 'abc'), fnmatch('[a-c]x', 'bx'), fnmatch('[!a-c]x', 'bx'));
var_dump(fnmatch('*.TXT', 'a.txt'), fnmatch('*.TXT', 'a.txt', FNM_CASEFOLD));
var_dump(fnmatch('*', '.hidden'), fnmatch('*', '.hidden', FNM_PERIOD));
var_dump(fnmatch('a/*', 'a/b/c'), fnmatch('a/*', 'a/b/c', FNM_PATHNAME));
var_dump(fnmatch('\*', '*'), fnmatch('\*', '\*', FNM_NOESCAPE));
var_dump(fnmatch('', ''), fnmatch('', 'a'));
var_dump(FNM_NOESCAPE, FNM_PATHNAME, FNM_PERIOD, FNM_CASEFOLD);
$old = umask(027);
var_dump(umask() === 027, umask($old) === 027, umask() === $old);
umask(077);
file_put_contents('f.txt', '');
mkdir('d');
var_dump(decoct(fileperms('f.txt') & 0777), decoct(fileperms('d') & 0777));
umask($old);
cleanup();
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
int(2)
int(1)
int(4)
int(16)
bool(true)
bool(true)
bool(true)
string(3) "600"
string(3) "700"
bool(false)
