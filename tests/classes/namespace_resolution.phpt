--TEST--
namespaces: declarations, use aliases, unqualified functions/constants falling back to global ones, ::class and __NAMESPACE__
--FILE--
<?php
namespace App\Models;
use InvalidArgumentException as IAE;
interface HasName { function name(): string; }
class User implements HasName { function name(): string { return static::class; } }
function helper() { return __FUNCTION__ . " in " . __NAMESPACE__; }
const LIMIT = 3;
echo (new User)->name(), "\n", helper(), "\n", LIMIT, "\n", strlen("abc"), "\n", User::class, "\n";
try { throw new IAE("x"); } catch (\InvalidArgumentException $e) { echo get_class($e), "\n"; }
echo \App\Models\helper(), "\n";
var_dump(new User instanceof HasName, PHP_INT_SIZE);
--EXPECT--
App\Models\User
App\Models\helper in App\Models
3
3
App\Models\User
InvalidArgumentException
App\Models\helper in App\Models
bool(true)
int(8)
