--TEST--
md5_file()/hash_file() of a missing file warn and return false
--FILE--
<?php
var_dump(md5_file("no/such/file.txt"), sha1_file("no/such/file.txt"), hash_file("md5", "no/such/file.txt"));
--EXPECTF--

Warning: md5_file(no/such/file.txt): Failed to open stream: No such file or directory in %s on line 2

Warning: sha1_file(no/such/file.txt): Failed to open stream: No such file or directory in %s on line 2

Warning: hash_file(no/such/file.txt): Failed to open stream: No such file or directory in %s on line 2
bool(false)
bool(false)
bool(false)
