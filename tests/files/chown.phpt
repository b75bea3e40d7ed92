--TEST--
chown, chgrp, lchown, lchgrp, chmod
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', '');
$uid = fileowner('f.txt');
$gid = filegroup('f.txt');
var_dump(chown('f.txt', $uid), chgrp('f.txt', $gid), lchown('f.txt', $uid), lchgrp('f.txt', $gid));
var_dump(fileowner('f.txt') === $uid, filegroup('f.txt') === $gid);
var_dump(chown('f.txt', 'no-such-user-xyz'));
var_dump(chgrp('f.txt', 'no-such-group-xyz'));
var_dump(lchown('f.txt', 'no-such-user-xyz'));
var_dump(chown('missing', $uid));
var_dump(chgrp('missing', $gid));
var_dump(lchgrp('missing', $gid));
var_dump(chmod('missing', 0644));
var_dump(chmod('f.txt', 0604));
clearstatcache();
var_dump(decoct(fileperms('f.txt') & 0777));
cleanup();
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: chown(): Unable to find uid for no-such-user-xyz in %s on line 8
bool(false)

Warning: chgrp(): Unable to find gid for no-such-group-xyz in %s on line 9
bool(false)

Warning: lchown(): Unable to find uid for no-such-user-xyz in %s on line 10
bool(false)

Warning: chown(): No such file or directory in %s on line 11
bool(false)

Warning: chgrp(): No such file or directory in %s on line 12
bool(false)

Warning: lchgrp(): No such file or directory in %s on line 13
bool(false)

Warning: chmod(): No such file or directory in %s on line 14
bool(false)
bool(true)
string(3) "604"
bool(false)
