--TEST--
require of a missing file is a fatal error
--FILE--
<?php
echo "before\n";
require 'no_such_file.inc';
echo "not reached\n";
--EXPECTF--
before

Warning: require(no_such_file.inc): Failed to open stream: No such file or directory in %s on line 3

Fatal error: Uncaught Error: Failed opening required 'no_such_file.inc' (include_path='%s') in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
