; Per-user installer for the userjourney bundle: no admin rights, no UAC prompt.
;
; 1. Build the bundle on Windows:      python packaging\build.py
; 2. Compile this script (Inno Setup 6): iscc packaging\userjourney.iss
;    -> packaging\dist\userjourney-VERSION-setup.exe
;
; It installs the program folder to %LOCALAPPDATA%\Programs\userjourney and a Start-menu entry
; for the user who runs it. The data (%LOCALAPPDATA%\userjourney\) are not the program's
; folder: an update replaces the program folder only, and uninstalling leaves the data alone.
; Not yet compiled in CI (Linux only); see packaging/README.md.

#define AppExe "userjourney.exe"
#define AppExeWindowed "userjourneyw.exe"
#define BundleDir AddBackslash(SourcePath) + "dist\userjourney"
; The version comes from the version resource build.py wrote from userjourney.__version__.
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#endif

[Setup]
; AppId identifies the installation across versions: never change it.
AppId={{3125895B-0243-461A-B75F-2D3D33A341FD}
AppName=userjourney
AppVersion={#AppVersion}
AppVerName=userjourney {#AppVersion}
AppPublisher=userjourney
DefaultDirName={localappdata}\Programs\userjourney
DisableDirPage=yes
DefaultGroupName=userjourney
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=userjourney-{#AppVersion}-setup
SetupIconFile=build\generated\userjourney.ico
UninstallDisplayIcon={app}\{#AppExeWindowed}
UninstallDisplayName=userjourney
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running userjourney is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder whole: files of the old version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\userjourney"; Filename: "{app}\{#AppExeWindowed}"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\userjourney"; Filename: "{app}\{#AppExeWindowed}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeWindowed}"; Description: "{cm:LaunchProgram,userjourney}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder on purpose: the coach's database and its backups
; in %LOCALAPPDATA%\userjourney\ outlive the program.
