import type { Vendor } from '../types';
import { tlscontact } from './tlscontact';
import { vfsglobal } from './vfsglobal';
import { visaonweb } from './visaonweb';

export const VENDORS: readonly Vendor[] = [vfsglobal, tlscontact, visaonweb];
