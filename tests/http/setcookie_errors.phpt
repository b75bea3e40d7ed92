--TEST--
setcookie()/setrawcookie(): PHP's ValueErrors, ArgumentCountError and TypeError; valid calls return true before output
--FILE--
<?php
$log = [];
set_error_handler(function ($n, $s) use (&$log) { $log[] = "E$n: $s"; return true; });
$calls = [
    fn() => setcookie(""),
    fn() => setcookie("a=b"),
    fn() => setcookie("a b", "v"),
    fn() => setrawcookie("a", "b c"),
    fn() => setrawcookie("a", "b;c"),
    fn() => setcookie("a", "b c"),
    fn() => setcookie("a", "b", 0, "/;"),
    fn() => setcookie("a", "b", 0, "/", "d;"),
    fn() => setcookie("a", "b", ["expires" => 1, "foo" => 1]),
    fn() => setcookie("a", "b", [1]),
    fn() => setcookie("a", "b", ["EXPIRES" => 1, "Path" => "/", "domain" => "x", "secure" => 1, "HttpOnly" => true, "samesite" => "Lax"]),
    fn() => setcookie("a", "b", [], "p"),
    fn() => setcookie("a", "b", 253402300800),
    fn() => setcookie("a", "b", ["expires" => 253402300800]),
    fn() => setcookie("a", "b", 253402300799),
    fn() => setcookie("a", "b", "abc"),
    fn() => setcookie("a", "b", []),
    fn() => setcookie("a", "b", -1),
    fn() => setcookie("a", null),
    fn() => setcookie("a", "b", 0, "", "", false, false),
    fn() => setrawcookie("a", "%20"),
];
foreach ($calls as $i => $f) {
    try { $log[] = "$i: " . var_export($f(), true); }
    catch (Throwable $e) { $log[] = "$i: " . get_class($e) . ": " . $e->getMessage(); }
}
print_r($log);
--EXPECT--
Array
(
    [0] => 0: ValueError: setcookie(): Argument #1 ($name) cannot be empty
    [1] => 1: ValueError: setcookie(): Argument #1 ($name) cannot contain "=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [2] => 2: ValueError: setcookie(): Argument #1 ($name) cannot contain "=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [3] => 3: ValueError: setrawcookie(): Argument #2 ($value) cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [4] => 4: ValueError: setrawcookie(): Argument #2 ($value) cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [5] => 5: true
    [6] => 6: ValueError: setcookie(): "path" option cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [7] => 7: ValueError: setcookie(): "domain" option cannot contain ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
    [8] => 8: ValueError: setcookie(): option "foo" is invalid
    [9] => 9: ValueError: setcookie(): option array cannot have numeric keys
    [10] => 10: true
    [11] => 11: ArgumentCountError: setcookie(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array
    [12] => 12: ValueError: setcookie(): "expires" option cannot have a year greater than 9999
    [13] => 13: ValueError: setcookie(): "expires" option cannot have a year greater than 9999
    [14] => 14: true
    [15] => 15: TypeError: setcookie(): Argument #3 ($expires_or_options) must be of type array|int, string given
    [16] => 16: true
    [17] => 17: true
    [18] => E8192: setcookie(): Passing null to parameter #2 ($value) of type string is deprecated
    [19] => 18: true
    [20] => 19: true
    [21] => 20: true
)
