--TEST--
uncaught error inside an included file reports that file and an include frame
--FILE--
<?php
include 'fixture_throws.inc';
--EXPECTF--
in fixture

Fatal error: Uncaught Error: Call to undefined function undefined_in_fixture() in %s/fixture_throws.inc:4
Stack trace:
#0 %s/fixture_throws.inc(6): fixture_fail()
#1 %s(2): include('%s')
#2 {main}
  thrown in %s/fixture_throws.inc on line 4
