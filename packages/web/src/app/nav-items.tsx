import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  FileSearchOutlined as CommissionCasesIcon,
  ReconciliationOutlined as CommissionIcon,
  CalendarOutlined as CommissionMeetingsIcon,
  UsergroupAddOutlined as CommissionMembersIcon,
  SettingOutlined as CommissionSettingsIcon,
  ContactsOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ShopOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { findJournal, journalDefinitions, type Permission, type User } from '@antikor/core';
import type { ReactNode } from 'react';
import { opensAsRegister, seesDeadlines, selfServiceJournals } from '../pages/journals/journal-visibility';

export type NavLeaf = {
  path: string;
  label: string;
  icon: ReactNode;
  permission?: Permission;
  /** For items that depend on more than a permission (which journals a user keeps or files in). */
  visibleTo?: (user: User) => boolean;
};
export type NavGroup = { key: string; label: string; icon: ReactNode; children: NavLeaf[] };

/**
 * The menu follows the areas of the anti-corruption plan. Only areas that exist are listed; new
 * registries (journals, declarations, …) add their group here when they are built.
 */
export const navigation: (NavLeaf | NavGroup)[] = [
  { path: '/', label: 'Главная', icon: <HomeOutlined /> },
  {
    key: 'journals',
    label: 'Журналы',
    icon: <BookOutlined />,
    children: [
      { path: '/deadlines', label: 'Сроки', icon: <FieldTimeOutlined />, visibleTo: seesDeadlines },
      ...journalDefinitions.map(
        (d): NavLeaf => ({
          path: `/journals/${d.code}`,
          label: d.shortTitle,
          icon: <BookOutlined />,
          visibleTo: (u) => opensAsRegister(u, d),
        }),
      ),
      {
        path: '/expertise',
        label: 'Экспертиза проектов НПА',
        icon: <SafetyCertificateOutlined />,
        visibleTo: (u) => {
          const draftAct = findJournal('draft-act');
          return !!draftAct && opensAsRegister(u, draftAct);
        },
      },
      {
        path: '/my-notices',
        label: 'Мои уведомления',
        icon: <ProfileOutlined />,
        visibleTo: (u) => selfServiceJournals(u).length > 0,
      },
      {
        path: '/my-notices/new',
        label: 'Подать уведомление',
        icon: <FileAddOutlined />,
        visibleTo: (u) => selfServiceJournals(u).length > 0,
      },
    ],
  },
  {
    // Декларационная кампания (issue 5): only the officer works with declarations; heads and HR see the status.
    key: 'declarations',
    label: 'Сведения о доходах',
    icon: <FileSearchOutlined />,
    children: [
      {
        path: '/declarations',
        label: 'Декларационные кампании',
        icon: <FileSearchOutlined />,
        permission: 'declarations.status',
      },
      {
        path: '/my-declarations',
        label: 'Мои сведения о доходах',
        icon: <ProfileOutlined />,
        visibleTo: (u) => !!u.employeeId,
      },
    ],
  },
  {
    // Выявление личной заинтересованности (issue 6): the working group's queue and its sources.
    key: 'affiliation',
    label: 'Аффилированность',
    icon: <ClusterOutlined />,
    children: [
      {
        path: '/affiliation',
        label: 'Связи с контрагентами',
        icon: <NodeIndexOutlined />,
        permission: 'affiliation.review',
      },
      {
        path: '/affiliation/counterparties',
        label: 'Контрагенты',
        icon: <ShopOutlined />,
        permission: 'affiliation.review',
      },
      {
        path: '/affiliation/profiles',
        label: 'Профили сотрудников',
        icon: <ContactsOutlined />,
        permission: 'affiliation.review',
      },
      {
        path: '/affiliation/candidates',
        label: 'Проверка кандидатов',
        icon: <SolutionOutlined />,
        permission: 'affiliation.review',
      },
      {
        path: '/affiliation/loss-of-trust',
        label: 'Реестр утраты доверия',
        icon: <StopOutlined />,
        permission: 'affiliation.review',
      },
    ],
  },
  {
    key: 'plan',
    label: 'План и отчётность',
    icon: <ProjectOutlined />,
    children: [
      { path: '/plans', label: 'Планы', icon: <ProjectOutlined />, permission: 'plan.read' },
      { path: '/indicators', label: 'Показатели', icon: <LineChartOutlined />, permission: 'plan.read' },
    ],
  },
  {
    key: 'commission',
    label: 'Комиссия',
    icon: <CommissionIcon />,
    children: [
      { path: '/commission/cases', label: 'Вопросы', icon: <CommissionCasesIcon />, permission: 'commission.read' },
      {
        path: '/commission/meetings',
        label: 'Заседания',
        icon: <CommissionMeetingsIcon />,
        permission: 'commission.read',
      },
      {
        path: '/commission/composition',
        label: 'Состав',
        icon: <CommissionMembersIcon />,
        permission: 'commission.read',
      },
      {
        path: '/commission/settings',
        label: 'Настройки комиссии',
        icon: <CommissionSettingsIcon />,
        permission: 'commission.manage',
      },
    ],
  },
  {
    key: 'org',
    label: 'Организация',
    icon: <BankOutlined />,
    children: [
      { path: '/org/organisations', label: 'Организации', icon: <BankOutlined />, permission: 'org.read' },
      { path: '/org/subdivisions', label: 'Подразделения', icon: <ApartmentOutlined />, permission: 'org.read' },
      { path: '/org/positions', label: 'Должности', icon: <IdcardOutlined />, permission: 'org.read' },
      { path: '/org/employees', label: 'Сотрудники', icon: <TeamOutlined />, permission: 'staff.read' },
      {
        path: '/org/import',
        label: 'Импорт штатного списка',
        icon: <CloudUploadOutlined />,
        permission: 'staff.import',
      },
    ],
  },
  {
    key: 'admin',
    label: 'Администрирование',
    icon: <SafetyOutlined />,
    children: [
      { path: '/admin/users', label: 'Пользователи', icon: <UserSwitchOutlined />, permission: 'users.manage' },
      { path: '/admin/audit', label: 'Журнал аудита', icon: <AuditOutlined />, permission: 'audit.read' },
    ],
  },
];

export function isGroup(item: NavLeaf | NavGroup): item is NavGroup {
  return 'children' in item;
}

/** The menu a user sees: leaves they may open, groups with at least one such leaf. */
export function visibleNavigation(can: (p: Permission) => boolean, user?: User | null): (NavLeaf | NavGroup)[] {
  const allowed = (leaf: NavLeaf) =>
    (!leaf.permission || can(leaf.permission)) && (!leaf.visibleTo || (!!user && leaf.visibleTo(user)));
  return navigation.flatMap((item): (NavLeaf | NavGroup)[] => {
    if (!isGroup(item)) return allowed(item) ? [item] : [];
    const children = item.children.filter(allowed);
    return children.length ? [{ ...item, children }] : [];
  });
}

/** The menu key to highlight for a location: the longest leaf path that prefixes it. */
export function selectedNavPath(pathname: string, items: (NavLeaf | NavGroup)[]): string | undefined {
  const leaves = items.flatMap((i) => (isGroup(i) ? i.children : [i]));
  return leaves
    .filter((l) => (l.path === '/' ? pathname === '/' : pathname === l.path || pathname.startsWith(`${l.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
