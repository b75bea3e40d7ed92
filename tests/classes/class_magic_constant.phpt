--TEST--
::class on names, objects and static, and __CLASS__/__METHOD__/__FUNCTION__
--FILE--
<?php
namespace App\Models;
class User {
    function info() { return [__CLASS__, __METHOD__, __FUNCTION__, self::class, static::class]; }
    static function make() { return static::class; }
}
class Admin extends User {}
echo User::class, "\n";
echo \stdClass::class, "\n";
$a = new Admin;
echo $a::class, "\n";
print_r($a->info());
echo Admin::make(), "\n";
echo get_class($a), "\n";
--EXPECT--
App\Models\User
stdClass
App\Models\Admin
Array
(
    [0] => App\Models\User
    [1] => App\Models\User::info
    [2] => info
    [3] => App\Models\User
    [4] => App\Models\Admin
)
App\Models\Admin
App\Models\Admin
