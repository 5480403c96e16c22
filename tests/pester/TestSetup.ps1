# Dot-sourced by every suite: imports the built module (out/WorkplaceAdmin unless WORKPLACEADMIN_MODULE says otherwise).
$modulePath = if ($env:WORKPLACEADMIN_MODULE) { $env:WORKPLACEADMIN_MODULE } else { Join-Path $PSScriptRoot '../../out/WorkplaceAdmin' }
Import-Module (Join-Path $modulePath 'WorkplaceAdmin.psd1') -Force -ErrorAction Stop
