--TEST--
Redeclaring a function by including a file twice reports the included file and line
--FILE--
<?php
include __DIR__ . '/include_redeclare_line.inc';
echo "once\n";
include __DIR__ . '/include_redeclare_line.inc';
echo "not reached\n";
--EXPECTF--
once

Fatal error: Cannot redeclare dup() (previously declared in %s:2) in %sinclude_redeclare_line.inc on line 2
