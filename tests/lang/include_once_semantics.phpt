--TEST--
include_once/require_once include a file only once and return true after
--FILE--
<?php
var_dump(include_once 'fixture_once.inc');
var_dump(include_once 'fixture_once.inc');
var_dump(require_once __DIR__ . '/fixture_once.inc');
var_dump(include 'fixture_once.inc');
--EXPECT--
counted include
int(1)
bool(true)
bool(true)
counted include
int(1)
