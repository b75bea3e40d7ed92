--TEST--
json_last_error: every call without JSON_THROW_ON_ERROR resets it
--FILE--
<?php
json_decode('[');
echo json_last_error(), "\n";
json_decode('[1]');
echo json_last_error(), "\n";
json_decode('{');
json_decode('[1]', true, 512, JSON_THROW_ON_ERROR);
echo json_last_error(), "\n";
json_encode([1]);
echo json_last_error(), "\n";
--EXPECT--
4
0
4
0
