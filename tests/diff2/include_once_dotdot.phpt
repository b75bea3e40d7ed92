--TEST--
include_once recognises a file already included through a path containing .. or ./
--FILE--
<?php
include 'include_once_dotdot/once.inc';
var_dump(include_once __DIR__ . '/include_once_dotdot/../include_once_dotdot/once.inc');
var_dump(include_once __DIR__ . '/./include_once_dotdot/once.inc');
var_dump(require_once __DIR__ . '//include_once_dotdot/once.inc');
--EXPECT--
once.inc included
bool(true)
bool(true)
bool(true)
