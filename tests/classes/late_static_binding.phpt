--TEST--
static:: resolves to the called class, also through forwarding calls
--FILE--
<?php
class Model {
    public static function create() { return new static(); }
    public static function name() { return static::class; }
    public static function viaSelf() { return self::name(); }
    public static function viaParentName() { return static::name(); }
}
class User extends Model {
    public static function viaParent() { return parent::name(); }
    public static function viaModel() { return Model::name(); }
}
echo get_class(User::create()), "\n";
echo get_class(Model::create()), "\n";
echo User::name(), "\n";
echo User::viaSelf(), "\n";
echo User::viaParent(), "\n";
echo User::viaModel(), "\n";
$u = new User;
echo $u->viaParentName(), "\n";
--EXPECT--
User
Model
User
User
User
Model
User
