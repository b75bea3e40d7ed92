--TEST--
relative include paths resolve against the cwd and then the including file's directory
--FILE--
<?php
// cwd is the repo root when tests run
include 'tests/lang/fixture_noreturn.inc';
include 'sub/inner.inc';
echo "back\n";
--EXPECT--
no return
inner start
sibling of inner
inner line 5
back
